import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

const contradictions = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.kind === 'contradiction')

describe('contradiction: a negative implicative ("failed to", "prevented from") negates its complement', () => {
  test('"failed to file the permit" against "filed the permit"', () => {
    const files = {
      'a.txt': 'Harbour manager Omar Reyes failed to file the dredging permit with the Riverton council before the March deadline.',
      'b.txt': 'Omar Reyes filed the dredging permit with the Riverton council a week before the March deadline, the harbour office said.'
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'contradiction')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(conflict!.reason).toMatch(/file/)
    expect(conflict!.confidence).toBeGreaterThan(0.4)
    expectValidSpans(result, texts(files))
  })

  test('the same complement both ways raises none', () => {
    expect(contradictions({
      'a.txt': 'Harbour manager Omar Reyes failed to file the dredging permit with the Riverton council before the March deadline.',
      'b.txt': 'Omar Reyes did not manage to get the dredging permit to the Riverton council before the March deadline, and never filed it.'
    }).filter((c) => c.summary.includes('filed: stated'))).toHaveLength(0)
  })

  test('"failed" with no "to" after it ("the bank failed") negates nothing', () => {
    expect(contradictions({
      'a.txt': 'The Marle cooperative bank failed in 2019 after the grain harvest collapsed, Sara Lund said.',
      'b.txt': 'Sara Lund said the Marle cooperative bank lent to farmers until the grain harvest collapsed in 2019.'
    })).toHaveLength(0)
  })
})
