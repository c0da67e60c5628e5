import {quantityBounds} from './quantity-bounds.js'
import type {StoryClaim} from './types.js'

/** An inclusive bound written out after the number ("18 or older", "30 feet or more"). */
const inclusiveAfter = /\s(?:or|and)\s+(?:older|over|more|above|up|higher|greater|longer|younger|under|less|fewer|below|lower|shorter)$/iu

type Quantity = StoryClaim['quantities'][number]

/** A one-sided bound's side, or null for a value or a range. */
function sideOf(quantity: Quantity): 'low' | 'high' | null {
  const bounds = quantityBounds(quantity)
  if (bounds.high === Infinity) return 'low'
  if (bounds.low === 0 && quantity.qualifier !== 'exact' && quantity.qualifier !== 'about') return 'high'
  return null
}

/**
 * Two aligned sentences that give one limit on one side of one value, one with the
 * value included and one without: "drivers over 18" against "drivers 18 or older",
 * "under 12" against "12 or younger". As estimates such bounds can both hold, but one
 * side must write the inclusion out ("or older", "and over") for the pair to count:
 * that is how a rule or a threshold is worded, not a rough count ("more than 100" /
 * "at least 100" are left alone). Returns the two quantities, or null.
 */
export function limitPair(a: StoryClaim, b: StoryClaim): [Quantity, Quantity] | null {
  for (const x of a.quantities) {
    const side = sideOf(x)
    if (side === null) continue
    for (const y of b.quantities) {
      // "over 18 years" / "18 or older": a unit left unsaid on one side is the other's.
      if (y.value !== x.value || (y.unit !== x.unit && x.unit !== null && y.unit !== null) || sideOf(y) !== side) continue
      const bx = quantityBounds(x)
      const by = quantityBounds(y)
      const open = side === 'low' ? [bx.lowOpen, by.lowOpen] : [bx.highOpen, by.highOpen]
      if (open[0] === open[1]) continue
      if (!inclusiveAfter.test(x.text) && !inclusiveAfter.test(y.text)) continue
      return [x, y]
    }
  }
  return null
}

/** Whether a claim gives a one-sided bound (a limit could differ on it). */
export function hasLimit(claim: StoryClaim): boolean {
  return claim.quantities.some((quantity) => sideOf(quantity) !== null)
}
