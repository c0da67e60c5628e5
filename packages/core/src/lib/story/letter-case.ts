/**
 * Letter and case tests the naming steps run on every word of every article, with a
 * fast path for ASCII: each gives exactly what its Unicode regex gives (named beside
 * it), and falls back to that regex for any other character. A story of a thousand
 * articles has some million words; a regex per test was a fifth of the naming time.
 */

import {newList, newOffsets} from '../packed-map.js'

const upperStart = /^\p{Lu}/u
const allLower = /^\p{Ll}+$/u
const capitalised = /^\p{Lu}\p{Ll}+$/u
const letter = /\p{L}/uy
const upperLetter = /\p{Lu}/uy

/** `/^\p{Lu}/u`: the word opens with a capital letter. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return upperStart.test(word)
}

/** `/^\p{Ll}+$/u`: the word is small letters only (and not empty). */
export function isAllLower(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 128) return allLower.test(word)
    if (c < 97 || c > 122) return false
  }
  return true
}

/** `/^\p{Lu}\p{Ll}+$/u`: one capital, then small letters only ("Nova", not "NOVA" or "N"). */
export function isCapitalised(word: string): boolean {
  if (word.length < 2) return capitalised.test(word)
  const first = word.charCodeAt(0)
  if (first >= 128) return capitalised.test(word)
  if (first < 65 || first > 90) return false
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 128) return capitalised.test(word)
    if (c < 97 || c > 122) return false
  }
  return true
}

/** How many UTF-16 units the letter (`\p{L}`) at `at` takes: 0 when there is none. */
export function letterAt(text: string, at: number): number {
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
  // A low surrogate here is alone (or the scan began inside a pair): no letter.
  if (Number.isNaN(c) || (c >= 0xdc00 && c <= 0xdfff)) return 0
  letter.lastIndex = at
  return letter.test(text) ? letter.lastIndex - at : 0
}

/** Whether a capital letter (`\p{Lu}`) stands at `at`. */
export function upperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 128) return c >= 65 && c <= 90
  if (Number.isNaN(c) || (c >= 0xdc00 && c <= 0xdfff)) return false
  upperLetter.lastIndex = at
  return upperLetter.test(text)
}

/**
 * The words of `text` from `from` to `to` as the global regex `\p{L}[\p{L}’'.-]*` finds them,
 * counted, with how many open with a capital.
 */
export function countWords(text: string, from: number, to: number): {words: number, capitalised: number} {
  let words = 0
  let capitalised = 0
  let i = from
  while (i < to) {
    let size = letterAt(text, i)
    if (size === 0 || i + size > to) {
      i += pairAt(text, i) && i + 2 <= to ? 2 : 1
      continue
    }
    words++
    if (upperAt(text, i)) capitalised++
    i += size
    while (i < to) {
      const c = text.charCodeAt(i)
      if (c === 0x2019 || c === 39 || c === 46 || c === 45) i++
      else if ((size = letterAt(text, i)) > 0 && i + size <= to) i += size
      else break
    }
  }
  return {words, capitalised}
}

/**
 * A text's words as the global regex `\p{L}+(?:-\p{L}+)*` finds them (letters, hyphens inside),
 * and where each starts, without a match object per word.
 */
export function lettersWords(text: string): {words: string[], starts: number[]} {
  // Made untracked (`newList`, `new`): callers keep these per line for the whole story.
  const words = newList<string>()
  const starts = newOffsets()
  let i = 0
  while (i < text.length) {
    let size = letterAt(text, i)
    if (size === 0) {
      i += pairAt(text, i) ? 2 : 1
      continue
    }
    const start = i
    i += size
    for (;;) {
      while ((size = letterAt(text, i)) > 0) i += size
      // A hyphen goes on the word only with a letter after it ("re-open", not "re- ").
      const after = text.charCodeAt(i) === 45 ? letterAt(text, i + 1) : 0
      if (after === 0) break
      i += 1 + after
    }
    words.push(text.slice(start, i))
    starts.push(start)
  }
  return new LineWords(words, starts)
}

/** `{words, starts}` made by a constructor: a plain object V8 does not track by allocation site (see packed-map.ts). */
const LineWords = function (this: {words: string[], starts: number[]}, words: string[], starts: number[]) {
  this.words = words
  this.starts = starts
} as unknown as new (words: string[], starts: number[]) => {words: string[], starts: number[]}
LineWords.prototype = Object.prototype

/** Whether a surrogate pair (one code point in two units) starts at `at`. */
function pairAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 0xd800 || c > 0xdbff) return false
  const d = text.charCodeAt(at + 1)
  return d >= 0xdc00 && d <= 0xdfff
}
