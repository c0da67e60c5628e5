import type {QuantityQualifier} from '../claims/types.js'
import {lookbehindGate} from './regex-gate.js'
import {onceByText} from './once-by-text.js'

/** What a number claims: every value from `low` to `high`, each end open or closed. */
export interface Bounds {
  low: number
  high: number
  lowOpen: boolean
  highOpen: boolean
}

/** "about 50" covers 45–55: within a tenth either way, the usual reading of a rounded figure. */
const aboutShare = 0.1
/** "almost 50", "nearly 50": below it, within a tenth. */
const nearlyShare = 0.1

const vagueCount = /(?<![\p{L}])(?:dozens|scores|hundreds|thousands|millions|billions)(?![\p{L}])/iu
/** A quicker regex that matches wherever `vagueCount` does: most quantities are turned away by it alone (this runs per pair of figures). */
const vagueGate = lookbehindGate(vagueCount)
/** Whether a quantity's text is a vague count, once per distinct text. */
const vagueIn = onceByText((text) => vagueGate.test(text) && vagueCount.test(text))

/**
 * The values a quantity allows, from its qualifier: exact is the value (or the range
 * given), "about" a tenth either way, "at least" the value or more, "more than"
 * above it, "nearly"/"almost" just below it, "up to" at most it, "fewer than" below
 * it. So "at least 48" and "almost 48" cannot both hold, while "about 50" and "48" can.
 */
export function boundsOf(quantity: {value: number, text?: string, values?: readonly number[], qualifier?: QuantityQualifier}): Bounds {
  // "dozens", "hundreds": more than one of the base, fewer than ten of it.
  if (quantity.text && vagueIn(quantity.text)) return {low: quantity.value, high: quantity.value * 10, lowOpen: true, highOpen: true}
  const values = quantity.values && quantity.values.length > 0 ? quantity.values : [quantity.value]
  const low = Math.min(...values)
  const high = Math.max(...values)
  switch (quantity.qualifier ?? 'exact') {
    case 'about': return {low: low * (1 - aboutShare), high: high * (1 + aboutShare), lowOpen: false, highOpen: false}
    case 'at-least': return {low, high: Infinity, lowOpen: false, highOpen: true}
    case 'more-than': return {low, high: Infinity, lowOpen: true, highOpen: true}
    case 'nearly': return {low: high * (1 - nearlyShare), high, lowOpen: false, highOpen: true}
    case 'at-most': return {low: 0, high, lowOpen: false, highOpen: false}
    case 'less-than': return {low: 0, high, lowOpen: false, highOpen: true}
    default: return {low, high, lowOpen: false, highOpen: false}
  }
}

/** Bounds made so far, by quantity object (a story's quantities are never changed once made). */
const boundsMade = new WeakMap<object, Bounds>()

/**
 * `boundsOf`, made once per quantity object: conflict finding asks for the bounds of
 * one claim's quantities for every pair the claim is in (some hundred thousand times
 * on a story of a thousand articles), and each answer was a new object. The quantity
 * must not change after it is first asked about.
 */
export function quantityBounds(quantity: {value: number, text?: string, values?: readonly number[], qualifier?: QuantityQualifier}): Bounds {
  let bounds = boundsMade.get(quantity)
  if (bounds === undefined) boundsMade.set(quantity, bounds = boundsOf(quantity))
  return bounds
}

/** Whether two quantities can both be true of one counted thing: their bounds overlap. */
export function canBothHold(a: Bounds, b: Bounds): boolean {
  if (a.high < b.low || b.high < a.low) return false
  if (a.high === b.low) return !a.highOpen && !b.lowOpen
  if (b.high === a.low) return !b.highOpen && !a.lowOpen
  return true
}

/** Whether some value of `xs` and some value of `ys` can both hold (plain loops: this runs per pair of claims). */
export function anyCanBothHold(xs: readonly Bounds[], ys: readonly Bounds[]): boolean {
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < ys.length; j++) if (canBothHold(xs[i]!, ys[j]!)) return true
  return false
}

const qualifierWords: Record<QuantityQualifier, string> = {
  'exact': '', 'about': 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'nearly': 'almost ', 'at-most': 'at most ', 'less-than': 'less than '
}

/** A quantity's value as a conflict shows it: "14", "at least 48", "30-50", "5600000000 USD". */
export function formatQuantity(quantity: {value: number, values?: readonly number[], qualifier?: QuantityQualifier}): string {
  const values = quantity.values && quantity.values.length > 1 ? quantity.values.join('-') : String(quantity.value)
  return `${qualifierWords[quantity.qualifier ?? 'exact']}${values}`
}

const grouped = new Intl.NumberFormat('en-US', {maximumFractionDigits: 6})

/**
 * A number conflict's value as a one-line summary shows it to a reader: figures of
 * five digits or more grouped in thousands ("12,000,000 USD", "at least 48,000"), the
 * rest as `formatQuantity` gives it. Members keep the plain form for machines.
 */
export function readableQuantity(value: string): string {
  return value.replace(/\d{5,}(?:\.\d+)?/g, (digits) => grouped.format(Number(digits)))
}
