import type {FrameToken} from './frame.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd, opening} from './reported-content.js'
import {reportingVerbs} from './reporting-verbs.js'
import {sourceNouns} from './source-nouns.js'

/** The most tokens between "In" and the comma that ends its source ("In an early-October poll of 900 voters,"). */
const sourceReach = 16

/**
 * "In a survey out this week, most readers backed Okafor", "In his view, the mill
 * should close": a sentence that opens with "In" and a document, a survey or a
 * view reports the clause after the comma as that source's. Not when the clause
 * has its own speech verb ("In a statement, the council said …": that verb reports)
 * or a quotation.
 */
export function inSourceClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (t.lower !== 'in' || v !== opening(tokens, lo)) return null
  let comma = v + 1
  let noun = false
  while (comma <= hi && comma - v <= sourceReach && tokens[comma]!.kind === 'word') {
    if (!tokens[comma]!.cap && sourceNouns.has(tokens[comma]!.lower)) noun = true
    comma++
  }
  if (!noun || comma > hi || tokens[comma]!.text !== ',' || comma === v + 1) return null
  let from = comma + 1
  // "In the latest poll, conducted in May, P": past a participle or relative phrase.
  if (tokens[from]?.kind === 'word' && !tokens[from]!.cap && (/ed$/.test(tokens[from]!.lower) || ['which', 'who', 'released', 'published'].includes(tokens[from]!.lower))) {
    while (from <= hi && tokens[from]!.text !== ',') from++
    from++
  }
  if (from > hi) return null
  for (let k = from; k <= hi; k++) {
    const w = tokens[k]!
    if (w.kind === 'quote' || (w.kind === 'word' && !w.cap && reportingVerbs.has(w.lower))) return null
  }
  const end = contentEnd(tokens, from, hi)
  if (end - from < 2) return null
  const first = tokens[v + 1]!
  const last = tokens[comma - 1]!
  const pronoun = ['his', 'her', 'their', 'its'].includes(first.lower)
  const phrase = pronoun
    ? {from: v + 1, to: v + 1, start: first.start, end: first.end, pronoun: true, appositive: false, possessor: true}
    : {from: v + 1, to: comma - 1, start: first.start, end: last.end, pronoun: false, appositive: false}
  return {phrase, cue: {start: t.start, end: t.end, type: 'according-to'}, place: 'before', content: [from, end], lemma: null}
}
