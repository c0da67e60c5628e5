import type {FrameToken} from './frame.js'
import {determiners} from './function-words.js'
import type {NounPhrase} from './noun-phrase.js'

/** The most words of a label before its colon ("Senate Majority Leader Dana Okafor"). */
const labelWords = 5

/** A "Label: P" line, with the label as the source phrase. */
export interface LabelClause {
  phrase: NounPhrase
  colon: number
  content: [number, number]
}

/**
 * "Okafor: Bridge Will Reopen in May", "Poll: Okafor Leads by Ten": a sentence that
 * opens with a short capitalised label (a name, a title, a poll) and a colon says
 * what the label says or finds. The label holds no verb and no lower-case word but
 * a short link ("of"); the content after it needs three words.
 */
export function labelClause(tokens: readonly FrameToken[], lo: number, hi: number): LabelClause | null {
  let from = lo
  while (from <= hi && tokens[from]!.kind === 'punct') from++
  let k = from
  while (k <= hi && tokens[k]!.kind === 'word' && k - from < labelWords) {
    const t = tokens[k]!
    if (!t.cap && !(k > from && ['of', 'and'].includes(t.lower))) return null
    if (k === from && determiners.has(t.lower)) return null
    k++
  }
  if (k === from || tokens[k]?.text !== ':' || tokens[k - 1]!.kind !== 'word') return null
  // "Okafor: Harbor Plan a ‘Slow Disaster’ for Marle": a quoted phrase inside the
  // claim is part of it (and a quote of its own); a claim that opens with a
  // quotation is the label's quote, not reported speech.
  if (tokens[k + 1]?.kind !== 'word') return null
  let words = 0
  for (let c = k + 1; c <= hi; c++) if (tokens[c]!.kind === 'word') words++
  if (words < 3) return null
  const first = tokens[from]!
  const last = tokens[k - 1]!
  return {phrase: {from, to: k - 1, start: first.start, end: last.end, pronoun: false, appositive: false}, colon: k, content: [k + 1, hi]}
}
