import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

const tallies = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.summary.startsWith('tally:'))

describe('one vote or score given different tallies', () => {
  test('"voted 7-2" against "voted 6-3": a number conflict on the tally', () => {
    const files = {
      'a.txt': 'The Riverton council voted 7-2 to close the Tarrow bridge for good on Monday.' + shared,
      'b.txt': 'The Riverton council voted 6-3 to close the Tarrow bridge permanently on Monday.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.summary.startsWith('tally:'))
    expect(conflict).toBeDefined()
    expect(conflict!.kind).toBe('number')
    expect(conflict!.summary).toBe('tally: 7-2 vs 6-3')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('"by a vote of 52 to 48" against "52-47"', () => {
    expect(tallies({
      'a.txt': 'The Riverton council approved the closure of the Tarrow bridge by a vote of 52 to 48 on Monday.' + shared,
      'b.txt': 'The Riverton council approved the closure of the Tarrow bridge 52-47 in a vote on Monday.' + shared
    })).toHaveLength(1)
  })

  test('one tally told from either side, a range, or two tallies in a sentence raise none', () => {
    expect(tallies({
      'a.txt': 'The Riverton council voted 7-2 to close the Tarrow bridge for good on Monday.' + shared,
      'b.txt': 'The motion to keep the Tarrow bridge open was defeated 2-7 by the Riverton council on Monday.' + shared
    })).toHaveLength(0)
    expect(tallies({
      'a.txt': 'The Riverton council approved 3 to 5 new crossings to replace the Tarrow bridge on Monday.' + shared,
      'b.txt': 'The Riverton council approved 4 to 6 new crossings to replace the Tarrow bridge on Monday.' + shared
    })).toHaveLength(0)
    expect(tallies({
      'a.txt': 'The Riverton council voted 7-2 to close the Tarrow bridge and 5-4 to sell the land on Monday.' + shared,
      'b.txt': 'The Riverton council voted 6-3 to close the Tarrow bridge permanently on Monday.' + shared
    })).toHaveLength(0)
  })
})
