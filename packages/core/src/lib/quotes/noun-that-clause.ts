import type {EvidentialClause} from './evidential-clause.js'
import type {FrameToken} from './frame.js'
import {subjectPronouns} from './function-words.js'
import {stanceNouns} from './noun-report.js'
import {contentEnd} from './reported-content.js'
import {speechNouns} from './speech-nouns.js'

/**
 * "fears that the mill will close", "the idea that Marle could win": a speech or
 * stance noun with no owner and a "that" clause after it. The clause is a claim
 * someone holds, though the sentence names no one (an owner's "her fear that P" is
 * `nounClause`'s). The clause after "that" must open with a subject, which leaves
 * out most relative clauses ("the claims that were made").
 */
export function nounThatClauses(tokens: readonly FrameToken[], lo: number, hi: number): EvidentialClause[] {
  const clauses: EvidentialClause[] = []
  for (let v = lo + 1; v < hi - 2; v++) {
    const t = tokens[v]!
    if (t.kind !== 'word' || tokens[v + 1]!.lower !== 'that' || !(stanceNouns.has(t.lower) || speechNouns.has(t.lower))) continue
    if (tokens[v - 1]!.possessive || ['his', 'her', 'their', 'its', 'my', 'our', 'your'].includes(tokens[v - 1]!.lower)) continue
    const from = v + 2
    const first = tokens[from]!
    if (first.kind !== 'word' || !(first.cap || subjectPronouns.has(first.lower) || ['the', 'a', 'an', 'this', 'some', 'many', 'most', 'no'].includes(first.lower) || /^\d/.test(first.lower))) continue
    const end = contentEnd(tokens, from, hi, 'clause')
    if (end - from >= 2) clauses.push({cue: {start: t.start, end: t.end}, content: [from, end]})
  }
  return clauses
}
