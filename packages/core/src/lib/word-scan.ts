/**
 * A hand-written scanner for the word pattern that entities and quotes tokenise
 * with, `[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?`
 * (with the `u` flag): letters and digits, joined by an apostrophe, hyphen, period
 * or ampersand that has a letter or digit after it, with an optional final period.
 *
 * It gives the same matches as that regular expression run over
 * `text.slice(from, to)`, without slicing and without a match object per word:
 * ASCII is tested by char code, anything else by one-character sticky expressions,
 * so astral letters (surrogate pairs) count as one character as with `u`.
 */

const letterOrDigit = /[\p{L}\p{N}]/uy
const wordChar = /[\p{L}\p{N}\p{M}]/uy

/** Size in code units of the character at `i` (2 for a surrogate pair that ends before `to`). */
function sizeAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}

/** Whether the character at `i` (before `to`) matches `pattern`, a one-character sticky expression. */
function testAt(pattern: RegExp, text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i)
  // A high surrogate whose pair is cut off at `to` is a lone surrogate in the slice,
  // and so is a low surrogate where a character starts (the scan steps over pairs).
  if (c >= 0xd800 && c <= 0xdfff && (c >= 0xdc00 || sizeAt(text, i, to) === 1)) return false
  pattern.lastIndex = i
  return pattern.test(text)
}

/** Whether the character at `i` is a letter or a digit (`[\p{L}\p{N}]`). */
export function isLetterOrDigitAt(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return testAt(letterOrDigit, text, i, to)
}

/** Past a run of letters, digits and combining marks from `i`. */
function skipWordChars(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { i++; continue }
      return i
    }
    if (!testAt(wordChar, text, i, to)) return i
    i += sizeAt(text, i, to)
  }
  return i
}

/**
 * The end of the word that starts at `i` (a letter or digit: check with
 * `isLetterOrDigitAt`), not past `to`.
 */
export function wordEndAt(text: string, i: number, to: number): number {
  let j = skipWordChars(text, i + sizeAt(text, i, to), to)
  while (j + 1 < to) {
    const c = text.charCodeAt(j)
    // ’ ' - . &
    if (!(c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38) || !isLetterOrDigitAt(text, j + 1, to)) break
    j = skipWordChars(text, j + 1 + sizeAt(text, j + 1, to), to)
  }
  if (j < to && text.charCodeAt(j) === 46) j++
  return j
}

/** Size of the character at `i`, for stepping over text one character at a time as `u` expressions do. */
export function charSizeAt(text: string, i: number, to: number): number {
  return sizeAt(text, i, to)
}
