/**
 * Counts and shares of people ("three in 10", "40%", "half") that can be the plural
 * subject of a reporting verb, as polls report them: "One in five say …".
 */
import type {FrameToken} from './frame.js'

/** Number words. */
export const numberWords: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'dozen'])

/** Shares of a group that take a plural verb ("half say", "a majority say", "60 percent say"). */
const shareWords: ReadonlySet<string> = new Set(['half', 'percent', 'majority', 'minority', 'dozens', 'thirds', 'quarters'])

/**
 * Whether the token at `k` ends a share of people that can be a plural subject: a
 * share word, a percentage ("49%"), or the count after "in"/"of" in a proportion
 * ("three in 10", "one in four"). A bare number ("a 2015 report") is not one.
 */
export function share(tokens: readonly FrameToken[], k: number): boolean {
  const token = tokens[k]
  if (!token) return false
  if (token.text === '%' || /^\d[\d,.]*%$/.test(token.text)) return true
  if (token.kind !== 'word') return false
  if (shareWords.has(token.lower)) return true
  return (numberWords.has(token.lower) || /^\d+$/.test(token.lower)) && ['in', 'of'].includes(tokens[k - 1]?.lower ?? '') && quantityWord(tokens[k - 2])
}

/** A number or a number word ("four", "10"). */
function quantityWord(token: FrameToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (numberWords.has(token.lower) || /^\d+$/.test(token.lower))
}
