import type {Span} from '../types.js'
import {charSizeAt, isLetterOrDigitAt, wordEndAt} from '../word-scan.js'

/** A word of a stretch of text, for the name-run finder. */
export interface Tok extends Span {
  text: string
  lower: string
  cap: boolean
  possessive: boolean
  /** Punctuation (other than spaces) between the previous token and this one. */
  gapBefore: string
}

const abbreviation = /^(?:[A-Za-z]\.){2,}$|^[A-Z]\.$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|Ft|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Vol|vs)\.$/

/** Split `text[from, to)` into word tokens, with the punctuation between them. */
export function wordTokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = []
  let last = from
  let i = from
  while (i < to) {
    if (!isLetterOrDigitAt(text, i, to)) { i += charSizeAt(text, i, to); continue }
    const matchEnd = wordEndAt(text, i, to)
    let end = matchEnd
    // A final period stays only on abbreviations ("U.S.", "Gen.").
    const cut = text.charCodeAt(end - 1) === 46 && !abbreviation.test(text.slice(i, end))
    if (cut) end--
    let possessive = false
    if (end - i > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 0x2019 || text.charCodeAt(end - 2) === 39)) {
      end -= 2
      possessive = true
    }
    const word = text.slice(i, end)
    // Most gaps are one space: only look closer at longer ones.
    const gap = i === last || (i - last === 1 && text.charCodeAt(last) === 32) ? '' : text.slice(last, i).replace(/[\s\u00a0]+/g, '')
    const first = word.charCodeAt(0)
    const cap = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word)
    out.push({start: i, end, text: word, lower: word.toLowerCase(), cap, possessive, gapBefore: gap})
    // A period cut from the word is punctuation between it and the next one.
    last = cut ? matchEnd - 1 : matchEnd
    i = matchEnd
  }
  return out
}
