import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'

const cited = 'Ferry Rules Debated\n\n' +
  '“The board has never relied on the ‘harbor levy records’ to track private boats,” Harbor Commissioner Ana Lindqvist wrote in a letter on Monday.\n' +
  'Senator Tomas Brandt replied that he remained “worried about how far the port leans on ‘harbor levy records’ for its searches.”'

const repeated = 'Toll Plan Passes\n\n' +
  '“We will not hand the bridge to a ‘private toll operator’ while I am mayor,” Mayor Dana Okafor said on Tuesday.\n' +
  'Later she added: “I said it before: no ‘private toll operator’ will run our bridge.”'

describe('words nested in quotes of one article', () => {
  test('a term two speakers each cite inside their own quotes is not one utterance', () => {
    const result = storyOfTexts({'a.txt': cited})
    const together = result.quoteGroups.filter((group) => group.members.filter((member) => member.text.includes('harbor levy records')).length > 1)
    expect(together).toEqual([])
  })

  test('the same speaker citing the same words again is still grouped', () => {
    const result = storyOfTexts({'a.txt': repeated})
    const group = result.quoteGroups.find((candidate) => candidate.members.some((member) => member.text === 'private toll operator'))
    expect(group?.members.filter((member) => member.text === 'private toll operator')).toHaveLength(2)
  })
})
