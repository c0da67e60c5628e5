import {describe, expect, test} from 'vitest'
import {type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

/** A story from short articles written for the case: file name → text. */
function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

const kind = (result: Story, name: string) => result.conflicts.filter((conflict) => conflict.kind === name)

describe('quote groups: conflicts they raise', () => {
  test('words said jointly are no speaker conflict when each outlet names the other’s speaker beside the quote', () => {
    const joint = story({
      'a.txt': 'Council news.\n\nCouncillors Amara Osei, Piet Lund and Dana Okafor noted that the plan "never set aside money for the harbour wall," adding that it should.',
      'b.txt': 'Council news.\n\n"The plan never set aside money for the harbour wall," read a statement from Councillor Amara Osei, Councillor Piet Lund and Councillor Dana Okafor.'
    })
    expect(kind(joint, 'speaker')).toEqual([])

    const apart = story({
      'a.txt': 'Council news.\n\n"The plan never set aside money for the harbour wall," Councillor Dana Okafor said on Monday.',
      'b.txt': 'Council news.\n\n"The plan never set aside money for the harbour wall," Councillor Amara Osei said on Monday.'
    })
    expect(kind(apart, 'speaker')).toHaveLength(1)
  })

  test('a partial quote that another version prints word for word is no wording conflict', () => {
    const result = story({
      'a.txt': 'Court news.\n\nThe order reads: "After the clerk quit, what calls were made by your staff to reach the clerk or to discuss the clerk seeking a refund or waiver?" Judge Hana Weiss wrote.',
      'b.txt': 'Court news.\n\n"What steps were taken to reach the clerk about seeking a refund or waiver?" Judge Hana Weiss wrote.',
      'c.txt': 'Court news.\n\nJudge Hana Weiss asked about steps to reach the clerk "about seeking a refund or waiver."'
    })
    expect(kind(result, 'wording').filter((conflict) => conflict.members.some((member) => member.file === 'c.txt'))).toEqual([])
  })

  test('one word changed inside the marks is still a wording conflict', () => {
    const result = story({
      'a.txt': 'Harbour news.\n\n"We will rebuild the harbour wall before the autumn storms arrive," Mayor Lena Ortiz said on Monday.',
      'b.txt': 'Harbour news.\n\n"We will rebuild the harbour wall before the winter storms arrive," Mayor Lena Ortiz said.'
    })
    expect(kind(result, 'wording')).toHaveLength(1)
  })
})
