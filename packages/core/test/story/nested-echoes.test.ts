import {describe, expect, test} from 'vitest'
import type {QuoteGroup, Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

/** The groups holding a quote of `file` whose text is exactly `words`. */
function groupsOf(result: Story, file: string, words: string): QuoteGroup[] {
  return result.quoteGroups.filter((group) => group.members.some((member) => member.file === file && member.text === words))
}

const noteA = 'The harbor board said on Monday: "The plan also shows the \'fog\' Mayor Adler wanted cleared was the old debt, not the weather at the docks." Riverton officials did not reply.'
const noteB = 'In a note sent late on Monday, the harbor board wrote that "the plan also shows the \'fog\' Mayor Adler wanted cleared was the old debt, not the weather at the docks." The mayor was away.'
const otherC = 'Sailors in Varik said the "fog" kept every boat in port until noon.'

describe('words nested in two renderings of one utterance', () => {
  test('a lone word nested at the same place in two matching quotes is one quote', () => {
    const result = story({'a.txt': noteA, 'b.txt': noteB})
    const inner = groupsOf(result, 'a.txt', 'fog')
    expect(inner).toHaveLength(1)
    expect(inner[0]!.members.map((member) => [member.file, member.text])).toEqual([['a.txt', 'fog'], ['b.txt', 'fog']])
  })

  test('the same lone word quoted elsewhere, outside any matching quote, stays apart', () => {
    const result = story({'a.txt': noteA, 'c.txt': otherC})
    expect(groupsOf(result, 'c.txt', 'fog')).toHaveLength(0)
  })
})

function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}
