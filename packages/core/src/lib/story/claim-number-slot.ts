import {canBothHold, formatQuantity, quantityBounds} from './quantity-bounds.js'
import {limitPair} from './limit-conflicts.js'
import {countedQualifiers, disjoint} from './slot-values.js'
import type {StoryClaim} from './types.js'
import type {Draft} from './claim-conflicts.js'
import {clamp} from './clamp-confidence.js'
import {memberWith} from './conflict-member.js'
import {readsAsAge} from './find-age-conflicts.js'
import {packedMap} from '../packed-map.js'

/** Number conflicts of one aligned pair: one counted thing whose values cannot both hold. */
export function numberConflicts(a: StoryClaim, b: StoryClaim, similarity: number, group: string): Draft[] {
  const out: Draft[] = []
  const units = new Set(packedMap(a.quantities, (q) => q.unit).filter((unit): unit is string => unit !== null && unit !== 'fraction'))
  for (const unit of units) {
    const qa = a.quantities.filter((q) => q.unit === unit)
    const qb = b.quantities.filter((q) => q.unit === unit)
    if (qb.length === 0) continue
    // Any pair of values that can both hold: the outlets may agree; no conflict on this unit.
    if (qa.some((x) => qb.some((y) => canBothHold(quantityBounds(x), quantityBounds(y))))) continue
    // One counted thing each: with several of one unit in a sentence, which matches which is a guess.
    if (qa.length > 1 || qb.length > 1) continue
    const x = qa[0]!
    const y = qb[0]!
    // Someone's age is compared person by person (find-age-conflicts), not as one counted thing.
    if (readsAsAge(a, x) || readsAsAge(b, y)) continue
    const cx = countedQualifiers(a, x)
    const cy = countedQualifiers(b, y)
    // "12 civilian deaths" / "14 military deaths", "3 killed" / "5 injured": two counted things.
    if (disjoint(cx.modifiers, cy.modifiers) || disjoint(cx.outcome, cy.outcome)) continue
    // "a five-year contract" / "over five years": a measure of one thing is not a measure of another.
    if ((x.counted ?? null) !== (y.counted ?? null)) continue
    const confidence = clamp(0.25 + similarity * 0.9)
    out.push({
      kind: 'number', group, confidence, slot: unit,
      words: () => ({
        reason: `aligned sentences (similarity ${similarity.toFixed(2)}) count one thing (${unit}) with values that cannot both hold`,
        summary: `${unit}: ${x.text} vs ${y.text}`
      }),
      members: [memberWith(a, formatQuantity(x)), memberWith(b, formatQuantity(y))]
    })
  }
  return out
}

/** One limit given with its value included by one outlet and excluded by another ("over 18" / "18 or older"). */
export function limitConflict(a: StoryClaim, b: StoryClaim, similarity: number, group: string): Draft | null {
  const pair = limitPair(a, b)
  if (!pair) return null
  const [x, y] = pair
  const slot = x.unit ?? y.unit ?? 'limit'
  return {
    kind: 'number', group, slot, confidence: clamp(0.2 + similarity * 0.9),
    words: () => ({
      reason: `aligned sentences (similarity ${similarity.toFixed(2)}) give one limit (${slot}) with the value ${x.value} included by one and excluded by the other`,
      summary: `${slot}: ${x.text} vs ${y.text}`
    }),
    members: [memberWith(a, formatQuantity(x)), memberWith(b, formatQuantity(y))]
  }
}
