import {evidentialFrom, findEvidentialClause, type EvidentialClause} from './evidential-clause.js'
import type {FrameToken} from './frame.js'
import {opening} from './reported-content.js'

/** Words that open a fronted adverbial clause ("While the vote was close, …"). */
const fronted = new Set(['while', 'when', 'although', 'though', 'if', 'because', 'since', 'after', 'before', 'as', 'once', 'unless', 'whereas'])
/** Conjunctions that open a second main clause (", but the council seemed …"). */
const coordinators = new Set(['but', 'yet', 'and'])

/**
 * The evidential clause of a sentence's main clause, wherever it opens: at the
 * sentence's start ("The sale is expected to close"), after a fronted adverbial
 * clause ("While the vote was close, the council appeared paralyzed") or as a
 * second main clause (", but she seemed rattled"). Evidentials inside relative
 * or adverbial clauses stay out (`findEvidentialClause`).
 */
export function findMainEvidential(tokens: readonly FrameToken[], lo: number, hi: number): EvidentialClause | null {
  const first = findEvidentialClause(tokens, lo, hi)
  if (first) return first
  const start = opening(tokens, lo)
  const frontedStart = fronted.has(tokens[start]?.lower ?? '')
  let commas = 0
  for (let k = start + 1; k < hi; k++) {
    const t = tokens[k]!
    if (t.kind === 'quote') return null
    if (t.text !== ',' && t.text !== ';') continue
    commas++
    let from = k + 1
    const next = tokens[from]
    if (next?.kind !== 'word') continue
    if (coordinators.has(next.lower)) from++
    else if (!(frontedStart && commas === 1) && t.text !== ';') continue
    const clause = evidentialFrom(tokens, from, hi)
    if (clause) return clause
  }
  return null
}
