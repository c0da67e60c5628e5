import type {EvidentialClause} from './evidential-clause.js'
import type {FrameToken} from './frame.js'
import {contentEnd} from './reported-content.js'

/** Words that open what was asked ("asked whether …", "asked about the loan"). */
const askOpeners = new Set(['about', 'whether', 'if', 'what', 'how', 'why', 'when', 'who', 'where', 'which'])

/** Words before "asked" that make it a passive or a reduced clause of being asked ("was asked", "when asked"). */
const askedLeads = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'when', 'after', 'once', 'if', 'also', 'repeatedly', 'later', 'then'])

/** The most words between "asked" and what was asked ("was asked by a caller on Monday whether …"). */
const askReach = 8

/**
 * "Okafor was asked whether P", "when asked about the loan": the question put to
 * someone, reported with no speaker (the asker is rarely named). A fronted
 * "Asked about X, Okafor said" opening the sentence is `askedClause`'s.
 */
export function askedPassives(tokens: readonly FrameToken[], lo: number, hi: number): EvidentialClause[] {
  const clauses: EvidentialClause[] = []
  for (let v = lo + 1; v < hi; v++) {
    const t = tokens[v]!
    if (t.lower !== 'asked' || t.kind !== 'word' || !askedLeads.has(tokens[v - 1]!.lower)) continue
    let ask = v + 1
    while (ask <= hi && ask - v <= askReach && tokens[ask]!.kind === 'word' && !askOpeners.has(tokens[ask]!.lower)) ask++
    if (ask > hi || tokens[ask]!.kind !== 'word' || !askOpeners.has(tokens[ask]!.lower)) continue
    const from = tokens[ask]!.lower === 'about' ? ask + 1 : ask
    if (from > hi || tokens[from]!.kind !== 'word') continue
    const end = contentEnd(tokens, from, hi, tokens[ask]!.lower === 'about' ? 'object' : 'clause')
    if (end - from >= 1) clauses.push({cue: {start: t.start, end: t.end}, content: [from, end]})
  }
  return clauses
}
