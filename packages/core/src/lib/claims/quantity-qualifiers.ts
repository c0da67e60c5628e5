import type {QuantityQualifier} from './types.js'

/**
 * Words before a number that qualify it, longest first so "no more than" wins over
 * "more than". Lower case; matched just before the number (or its currency sign).
 */
export const quantityQualifiers: ReadonlyArray<readonly [string, QuantityQualifier]> = [
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['at least', 'at-least'],
  ['a minimum of', 'at-least'],
  ['no more than', 'at-most'], ['not more than', 'at-most'], ['at most', 'at-most'],
  ['up to', 'at-most'], ['as many as', 'at-most'], // an upper bound the source gives
  ['a maximum of', 'at-most'],
  ['more than', 'more-than'], ['older than', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['just over', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], // "over 10 hours"
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['younger than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['just under', 'nearly'], ['just shy of', 'nearly'], ['close to', 'nearly'], ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['approximately', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['roughly', 'about'],
  ['around', 'about'], ['about', 'about'], ['some', 'about'], // "some 200 troops"
  ['circa', 'about'], ['an approximate', 'about']
]

/** Ends with a qualifier (then only spaces): the qualifier and its length. */
export const qualifierBefore = new RegExp(
  `(?<![\\p{L}])(${[...quantityQualifiers].sort((a, b) => b[0].length - a[0].length).map(([w]) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`,
  'iu'
)

/** The qualifier for matched words. */
export function qualifierOf(words: string): QuantityQualifier {
  const key = words.toLowerCase().replace(/\s+/g, ' ')
  for (const [w, q] of quantityQualifiers) if (w === key) return q
  return 'exact'
}

/**
 * Words after a number (and its unit) that make it a bound with the number itself
 * included: "18 or older", "30 feet or more", "65 and over" are at least the value;
 * "12 or younger", "five or fewer" at most. Matched right after the quantity.
 */
export const qualifierAfter = /^\s+(?:or|and)\s+(?:(older|over|more|above|up|higher|greater|longer)|(younger|under|less|fewer|below|lower|shorter))(?![\p{L}])/iu

/** The qualifier a match of `qualifierAfter` gives. */
export function qualifierAfterOf(match: RegExpExecArray): QuantityQualifier {
  return match[1] ? 'at-least' : 'at-most'
}
