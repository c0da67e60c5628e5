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

/**
 * Two or more words of a web page's buttons run together ("FlagShareLikeReply"), at the
 * start of a word or after a lower-case letter or a period, and before a capital or the word's end.
 */
const interfaceRun = /(?:^|(?<=[\p{Ll}.]))(?:Flag|Share|Like|Reply|Comment|Tweet|Email|Print|Follow|Report|Save|Subscribe){2,}(?=\p{Lu}|$)/u

function interfaceWordsIn(text: string, start: number, end: number): RegExpExecArray | null {
  // Char codes first: almost no word has a capital after a small letter, and those need no slice or regex.
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 65 && c <= 90) {
      const b = text.charCodeAt(k - 1)
      if (b >= 97 && b <= 122) return interfaceRun.exec(text.slice(start, end))
    }
  }
  return null
}

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
    // A period cut from the word is punctuation between it and the next one.
    let after = cut ? matchEnd - 1 : matchEnd
    let next = matchEnd
    const head = text.charCodeAt(i)
    // Only capitalised words of 12 letters or more are looked at (two button words and a name: "Al"+"LikeShare"+"Bo" is 13):
    // the scan of every long capitalised word ("Washington") cost findEntities 2-3 % of its time.
    const glued = end - i >= 12 && head >= 65 && head <= 90 ? interfaceWordsIn(text, i, end) : null
    if (glued) {
      // "Nola VennFlagShareLikeReplyOrin Tate": a web page's buttons glued between two names are
      // no word; the name before them ends there, and the one after starts after a gap.
      if (glued.index === 0) { i += glued[0].length; continue }
      end = after = i + glued.index
      next = end + glued[0].length
      // "New Hampshire.FlagShare…": the period before them ends the sentence, as anywhere.
      if (text.charCodeAt(end - 1) === 46 && !abbreviation.test(text.slice(i, end))) end = after = end - 1
      possessive = false
    }
    const word = text.slice(i, end)
    // Most gaps are one space: only look closer at longer ones.
    const gap = i === last || (i - last === 1 && text.charCodeAt(last) === 32) ? '' : text.slice(last, i).replace(/[\s\u00a0]+/g, '')
    const cap = head < 128 ? head >= 65 && head <= 90 : /^\p{Lu}/u.test(word)
    out.push({start: i, end, text: word, lower: word.toLowerCase(), cap, possessive, gapBefore: gap})
    last = after
    i = next
  }
  return out
}

