import {describe, expect, test} from 'vitest'
import {quantityBounds} from '../../src/lib/story/quantity-bounds.js'
import {slotKey} from '../../src/lib/story/slot-key.js'
import type {StoryClaim} from '../../src/lib/story/types.js'
import {story} from './helpers-story.js'

/** A claim with the given figures (the rest is filler the key does not read). */
function claimWith(file: string, quantities: StoryClaim['quantities']): StoryClaim {
  return {file, article: file, start: 0, end: 10, text: 'A sentence.', claim: 'c1', stance: 'asserted', quantities, dates: [], assertor: null}
}

/** The key as `slotsOf` makes it: bounds by unit, no day, not distanced. */
function keyOf(claim: StoryClaim, limited = false): string | null {
  const units = new Map<string, ReturnType<typeof quantityBounds>[]>()
  for (const q of claim.quantities) if (q.unit !== null) units.set(q.unit, [...(units.get(q.unit) ?? []), quantityBounds(q)])
  return slotKey(claim, units, null, false, limited)
}

describe('slot keys: copies of one sentence are not compared slot by slot', () => {
  test('two copies of one figure share a key; another figure or another day does not', () => {
    const a = claimWith('a', [{value: 40, unit: 'people', text: '40 people', qualifier: 'exact', values: [40]}])
    const b = claimWith('b', [{value: 40, unit: 'people', text: '40 people', qualifier: 'exact', values: [40]}])
    const c = claimWith('c', [{value: 45, unit: 'people', text: '45 people', qualifier: 'exact', values: [45]}])
    expect(keyOf(a)).not.toBeNull()
    expect(keyOf(a)).toBe(keyOf(b))
    expect(keyOf(a)).not.toBe(keyOf(c))
    const units = new Map([['people', [quantityBounds(a.quantities[0]!)]]])
    expect(slotKey(a, units, {from: '2025-03-03', to: '2025-03-03'}, false, false)).not.toBe(slotKey(b, units, {from: '2025-03-04', to: '2025-03-04'}, false, false))
    expect(slotKey(a, units, null, true, false)).not.toBe(slotKey(b, units, null, false, false))
  })

  test('two figures of one unit in a sentence keep a key (each holds with its copy); a figure that holds with nothing, or one limit given two ways, has none', () => {
    const two = claimWith('a', [
      {value: 12, unit: 'people', text: '12 people', qualifier: 'exact', values: [12]},
      {value: 30, unit: 'people', text: '30 people', qualifier: 'exact', values: [30]}
    ])
    expect(keyOf(two)).not.toBeNull()
    const empty = claimWith('a', [{value: 0, unit: 'people', text: 'fewer than 0 people', qualifier: 'less-than', values: [0]}])
    expect(keyOf(empty)).toBeNull()
    const limits = claimWith('a', [
      {value: 18, unit: null, text: 'over 18', qualifier: 'more-than', values: [18]},
      {value: 18, unit: null, text: '18 or older', qualifier: 'at-least', values: [18]}
    ])
    expect(keyOf(limits, true)).toBeNull()
  })

  test('an outlet that copies a limit still conflicts with one that words it the other way', () => {
    const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'
    const copy = 'Under the new rule in Riverton, only drivers over 18 may cross the Tarrow bridge after dark, Mayor Dana Okafor said.'
    const result = story({
      'a.txt': copy + shared,
      'b.txt': copy + shared,
      'c.txt': 'Under the new rule in Riverton, drivers 18 or older may cross the Tarrow bridge after dark, Mayor Dana Okafor said.' + shared
    })
    const conflict = result.conflicts.find((c) => c.kind === 'number')
    expect(conflict).toBeDefined()
    expect([...new Set(conflict!.members.map((m) => m.file))].sort()).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })
})
