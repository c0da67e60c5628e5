import {anyCanBothHold, type Bounds} from './quantity-bounds.js'
import {limitPair} from './limit-conflicts.js'
import type {StoryClaim} from './types.js'

/**
 * What a claim's slots hold, as a string two claims share only when a pair of them
 * can differ on no slot: the bounds of its figures by unit (in order), its day, its
 * distancing, and (for a one-sided limit) every figure as written. Copies of one
 * sentence across outlets share it, and their pair is skipped unread: on a story of
 * a thousand articles nine pairs in ten that could differ by their slot bits hold
 * the same values. Null when the claim could conflict with a copy of itself (two
 * figures of one unit that cannot both hold, "over 18" beside "18 or older"): such a
 * claim is always compared.
 */
export function slotKey(claim: StoryClaim, units: ReadonlyMap<string, readonly Bounds[]>, day: {from: string, to: string} | null, distanced: boolean,
  limited: boolean): string | null {
  let key = distanced ? 'd' : 'u'
  for (const [unit, bounds] of units) {
    if (!anyCanBothHold(bounds, bounds)) return null
    key += `\u0001${unit}`
    for (const b of bounds) key += `\u0002${b.low},${b.high},${b.lowOpen ? 1 : 0}${b.highOpen ? 1 : 0}`
  }
  if (day !== null) key += `\u0001@${day.from}/${day.to}`
  if (limited) {
    if (limitPair(claim, claim) !== null) return null
    for (const q of claim.quantities) key += `\u0003${q.value}\u0002${q.unit ?? '\u0004'}\u0002${q.qualifier ?? '\u0004'}\u0002${q.text}\u0002${q.values?.join(',') ?? '\u0004'}`
  }
  return key
}
