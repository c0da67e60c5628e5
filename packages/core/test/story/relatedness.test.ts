import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('relatedness', () => {
  const result = story({
    'a.txt': 'The flood in the river town of Belvar killed four people on Tuesday. Rescue teams searched the old mill for survivors.',
    'b.txt': 'The flood in the river town of Belvar killed six people on Tuesday. Rescue teams searched the old mill through the night.',
    'c.txt': 'The chess federation chose a new president at its congress in Lisbon. The vote was close and went to a second round.'
  })

  test('each article says how much it shares with the others', () => {
    expect(result.relatedness!.map((entry) => entry.file)).toEqual(['a.txt', 'b.txt', 'c.txt'])
    for (const entry of result.relatedness!) {
      expect(entry.share).toBeGreaterThanOrEqual(0)
      expect(entry.share).toBeLessThanOrEqual(1)
    }
    expect(result.relatedness![0]!.share).toBeGreaterThan(0)
    expect(result.relatedness![2]!.share).toBe(0)
  })

  test('an article that shares nothing is named in a warning and raises no conflict', () => {
    expect(result.warnings!.map((warning) => warning.file)).toEqual(['c.txt'])
    expect(result.conflicts.every((conflict) => conflict.members.every((member) => member.file !== 'c.txt'))).toBe(true)
  })

  test('the story says what was compared', () => {
    expect(result.compared!.facts).toBeGreaterThan(0)
    expect(result.compared!.pairs).toBeGreaterThan(0)
    expect(result.compared!.conflicts).toBe(result.conflicts.length)
  })

  test('unrelated articles raise no conflicts', () => {
    const unrelated = story({
      'a.txt': 'The chess federation chose a new president at its congress in Lisbon on Monday.',
      'b.txt': 'A bakery in Ghent won a national prize for its rye bread on Friday.',
      'c.txt': 'Two climbers reached the summit of the northern peak after 12 hours on Sunday.',
      'd.txt': 'The city library will open a new reading room for 40 children next month.',
      'e.txt': 'A ferry carrying 300 passengers was delayed by fog on Saturday morning.'
    })
    expect(unrelated.conflicts).toHaveLength(0)
    expect(unrelated.warnings!.length).toBe(5)
  })
})
