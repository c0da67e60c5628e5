import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'

describe('verdicts of the pieces of one quote', () => {
  test('the pieces of a quote split by its attribution are cuts of one utterance, not paraphrases of each other', () => {
    const result = storyOfTexts({'a.txt': 'Audit Report\n\n"We may have read the harbor rules differently," the auditor Mark Hale wrote, "but the ferry accounts still do not balance."'})
    expect(result.quoteGroups).toHaveLength(1)
    const group = result.quoteGroups[0]!
    expect(group.members).toHaveLength(2)
    const other = group.members.find((_, i) => i !== group.fullest)!
    expect(other.verdict).toBe('excerpt')
    expect(group.members[group.fullest]!.verdict).toBe('identical')
  })

  test('a phrase one article quotes twice is a repeat, still identical', () => {
    const result = storyOfTexts({
      'a.txt': 'Bridge Row\n\nCouncillor Ines Marlow said the deal was a "quiet giveaway" to the operator.\nMarlow later repeated that it was a "quiet giveaway" in a radio interview.',
      'b.txt': 'Toll Deal\n\nCouncillor Ines Marlow called the toll deal a "quiet giveaway" on Tuesday.'
    })
    const group = result.quoteGroups.find((candidate) => candidate.members.some((member) => member.text === 'quiet giveaway'))
    expect(group?.members.length).toBeGreaterThanOrEqual(2)
    expect(group!.members.every((member) => member.verdict === 'identical')).toBe(true)
  })
})

describe('a near repeat in one article', () => {
  test('a passage one article quotes twice with a function word changed is altered, not a piece', () => {
    const result = storyOfTexts({'a.txt': 'Harbor Vote\n\n"We will keep the ferry running every single winter until the new bridge opens," Mayor Dana Okafor said on Monday.\nThe council minutes have her saying: "We will keep the ferry running every single winter until a new bridge opens."'})
    const group = result.quoteGroups.find((candidate) => candidate.members.length === 2)
    expect(group).toBeDefined()
    const other = group!.members.find((_, i) => i !== group!.fullest)!
    expect(other.verdict).toBe('altered')
  })

  test('with a content word changed, they are two utterances (an article repeats or cuts one, it does not reword it)', () => {
    const result = storyOfTexts({'a.txt': 'Harbor Vote\n\n"We will keep the ferry running every single winter until the new bridge opens," Mayor Dana Okafor said on Monday.\nOn Tuesday she told the council: "We will keep the ferry running every single winter until the new tunnel opens."'})
    expect(result.quoteGroups.filter((candidate) => candidate.members.length > 1)).toEqual([])
  })
})
