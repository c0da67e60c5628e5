import {anyCanBothHold, formatQuantity, type Bounds} from './quantity-bounds.js'
import {limitPair} from './limit-conflicts.js'
import {countedQualifiers, disjoint} from './slot-values.js'
import type {StoryClaim} from './types.js'
import type {Draft} from './claim-conflicts.js'
import {clamp} from './clamp-confidence.js'
import {memberWith} from './conflict-member.js'
import {readsAsAge} from './find-age-conflicts.js'

/**
 * Number conflicts of one aligned pair, appended to `out`: one counted thing whose
 * values cannot both hold. Read from the pair's bounds by unit (`Slots.units`, in
 * order of first appearance), with no set or filtered lists made per pair.
 */
export function numberConflicts(a: StoryClaim, b: StoryClaim, unitsA: ReadonlyMap<string, readonly Bounds[]>, unitsB: ReadonlyMap<string, readonly Bounds[]>,
  similarity: number, group: string, out: Draft[]): void {
  for (const [unit, boundsA] of unitsA) {
    const boundsB = unitsB.get(unit)
    if (boundsB === undefined) continue
    // Any pair of values that can both hold: the outlets may agree; no conflict on this unit.
    if (anyCanBothHold(boundsA, boundsB)) continue
    // One counted thing each: with several of one unit in a sentence, which matches which is a guess.
    if (boundsA.length > 1 || boundsB.length > 1) continue
    const x = onlyWithUnit(a, unit)
    const y = onlyWithUnit(b, unit)
    // Someone's age is compared person by person (find-age-conflicts), not as one counted thing.
    if (readsAsAge(a, x) || readsAsAge(b, y)) continue
    const cx = countedQualifiers(a, x)
    const cy = countedQualifiers(b, y)
    // "12 civilian deaths" / "14 military deaths", "3 killed" / "5 injured": two counted things.
    if (disjoint(cx.modifiers, cy.modifiers) || disjoint(cx.outcome, cy.outcome)) continue
    // "a five-year contract" / "over five years": a measure of one thing is not a measure of another.
    if ((x.counted ?? null) !== (y.counted ?? null)) continue
    // "two months later" / "two months before the vote": spans from two different events.
    if (offsetOf(a, x) !== offsetOf(b, y)) continue
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
}

/** Units of time whose span may be the distance from another event. */
const timeUnits: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'])
const offsetWord = /^[\s,]+(later|after|since|on|before|earlier|ago|prior)\b/i
const afterWords: ReadonlySet<string> = new Set(['later', 'after', 'since', 'on'])

/**
 * Which way a span of time points from the event it is measured from: "after" ("two
 * months later"), "before" ("two months before the vote", "ago"), or "" when it is
 * a length, not a distance ("a two-month delay", "for two months").
 */
function offsetOf(claim: StoryClaim, quantity: StoryClaim['quantities'][number]): string {
  if (quantity.unit === null || !timeUnits.has(quantity.unit)) return ''
  const at = claim.text.indexOf(quantity.text)
  const word = at < 0 ? undefined : offsetWord.exec(claim.text.slice(at + quantity.text.length, at + quantity.text.length + 12))?.[1]
  return word === undefined ? '' : afterWords.has(word.toLowerCase()) ? 'after' : 'before'
}

/** The claim's one quantity of `unit` (its bounds are the unit's only ones). */
function onlyWithUnit(claim: StoryClaim, unit: string): StoryClaim['quantities'][number] {
  const quantities = claim.quantities
  for (let i = 0; i < quantities.length; i++) if (quantities[i]!.unit === unit) return quantities[i]!
  throw new Error(`no quantity of ${unit}`)
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
