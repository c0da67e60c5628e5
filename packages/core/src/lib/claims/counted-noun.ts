import {nounStopWords} from './noun-stop-words.js'
import {isPlural} from './singular.js'
import type {TextSpan} from './types.js'

const word = /[\p{L}][\p{L}’'-]*/uy
const gap = /[ \t\u00a0]+/y

/**
 * The counted noun after a number: up to three words of a noun phrase, ending at
 * a stop word or punctuation; for a plural count the last plural word is the head
 * ("91 long-range drones" → "drones", "two leaders discussed" → "leaders"). No
 * part-of-speech tagger: a known limit is a verb right after a number ("two
 * killed"), which gives no unit rather than a wrong one when the count is plural.
 *
 * @param text The text to read.
 * @param from Offset just after the number.
 * @param plural Whether the number asks for a plural noun (any value but 1);
 *   null when either may come (after "a 15-year").
 */
export function countedNoun(text: string, from: number, plural: boolean | null): TextSpan | null {
  const words: TextSpan[] = []
  let at = from
  while (words.length < 3) {
    gap.lastIndex = at
    if (!gap.exec(text)) break
    word.lastIndex = gap.lastIndex
    const m = word.exec(text)
    if (!m) break
    const w = m[0].replace(/[’'-]+$/, '')
    if (nounStopWords.has(w.toLowerCase()) || /[’']s$/.test(w)) break
    words.push({text: w, start: m.index, end: m.index + w.length})
    at = m.index + w.length
    // A capitalised word ends the phrase when it starts a name after a lower-case noun.
    if (/^\p{Lu}/u.test(w) && words.length > 1) { words.pop(); break }
  }
  if (words.length === 0) return null
  if (plural !== false) {
    for (let i = words.length - 1; i >= 0; i--) if (isPlural(words[i]!.text)) return words[i]!
    if (plural) return null
  }
  const first = words[0]!
  // "1 killed", "one recently": a verb or adverb is no counted thing.
  return plural === false && /(?:ed|ing|ly)$/.test(first.text) && words.length === 1 ? null : pickSingularHead(words)
}

/** For a count of one, the head is the last word before a word that cannot be a noun. */
function pickSingularHead(words: readonly TextSpan[]): TextSpan {
  let head = words[0]!
  for (const w of words.slice(1)) {
    if (/(?:ed|ing|ly)$/.test(w.text)) break
    head = w
  }
  return head
}
