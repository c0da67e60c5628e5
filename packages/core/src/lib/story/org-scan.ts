/**
 * The two scans `findOrgForms` makes of every article, as plain loops over the text
 * that give exactly what its global regexes gave (named beside each): a Unicode regex
 * tried at every offset of a thousand articles, with a lookbehind at each, was most
 * of the time the organisation naming took. The regexes still read each candidate;
 * the loops only skip the offsets where none can start.
 */
import {upperAt} from './letter-case.js'

/** Words in the order found, with where each starts. */
export interface ScannedWords {
  words: string[]
  starts: number[]
}

const capitalWord = /\p{Lu}[\p{L}’'&.-]*/uy
const acronym = /(?:(?:\p{Lu}\.){2,6}|\p{Lu}{2,6})(?![\p{L}])/uy
const letter = /\p{L}/u

/** Whether the character is a regex word character (`\w` without the `i` flag: ASCII letters, digits, "_"). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}

/** The joiners the regex reads as whole words (`\b(?:of|on|and|for|the)\b`), by their first letter. */
const joinerWords = ['of', 'on', 'and', 'for', 'the']

/** The joiner that starts at `at` as a whole word, or null. */
function joinerAt(text: string, at: number): string | null {
  if (at > 0 && isWordCode(text.charCodeAt(at - 1))) return null
  for (const joiner of joinerWords) {
    if (!text.startsWith(joiner, at)) continue
    return isWordCode(text.charCodeAt(at + joiner.length)) ? null : joiner
  }
  return null
}

/**
 * What `text.matchAll(/[\p{Lu}][\p{L}’'&.-]*|(?:\p{Lu}\.){2,}|\b(?:of|on|and|for|the)\b/gu)`
 * finds: capitalised words (with the periods, hyphens and apostrophes inside them) and
 * the small words that join a body's name. (The middle alternative never matches where
 * the first does not: a capital opens both.)
 */
export function capitalAndJoinerWords(text: string): ScannedWords {
  const words: string[] = []
  const starts: number[] = []
  for (let at = 0; at < text.length;) {
    const c = text.charCodeAt(at)
    if (upperAt(text, at)) {
      capitalWord.lastIndex = at
      const match = capitalWord.exec(text)!
      words.push(match[0])
      starts.push(at)
      at = capitalWord.lastIndex
      continue
    }
    const joiner = c === 111 || c === 97 || c === 102 || c === 116 ? joinerAt(text, at) : null
    if (joiner !== null) {
      words.push(joiner)
      starts.push(at)
      at += joiner.length
      continue
    }
    at++
  }
  return {words, starts}
}

/** Whether the code point that ends just before `at` is a letter (`\p{L}`). */
function letterBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const d = text.charCodeAt(at - 2)
    if (d >= 0xd800 && d <= 0xdbff) return letter.test(text.slice(at - 2, at))
  }
  return letter.test(text[at - 1]!)
}

/**
 * What `text.matchAll(/(?<![\p{L}.])(?:(?:\p{Lu}\.){2,6}|\p{Lu}{2,6})(?![\p{L}])/gu)`
 * finds: abbreviations in capitals ("NSA") or with periods ("F.B.I."), not inside a word.
 */
export function capitalAbbreviations(text: string): ScannedWords {
  const words: string[] = []
  const starts: number[] = []
  for (let at = 0; at < text.length; at++) {
    if (!upperAt(text, at)) continue
    if (at > 0 && (text.charCodeAt(at - 1) === 46 || letterBefore(text, at))) continue
    acronym.lastIndex = at
    const match = acronym.exec(text)
    if (!match) continue
    words.push(match[0])
    starts.push(at)
    at = acronym.lastIndex - 1
  }
  return {words, starts}
}
