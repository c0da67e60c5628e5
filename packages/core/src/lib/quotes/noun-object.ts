import type {EvidentialClause} from './evidential-clause.js'
import type {FrameToken} from './frame.js'
import {stancePrepositions} from './noun-report.js'
import {contentEnd} from './reported-content.js'
import {beforeMainVerb} from './phrase-end.js'

/** Words an object begins with that make it no content worth a quote ("support for it"). */
const emptyObjects = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'me', 'us', 'you', 'what', 'which', 'whom', 'these', 'those'])

/** Possessive determiners: an owned stance noun is the owner's report. */
const owners = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])
/** Nouns whose object after the preposition is as often a target of force as of words. */
const physical = new Set(['attack', 'attacks'])
/** Nouns whose "of" phrase names the holder ("the backing of the unions"), not the thing held. */
const holderOf = new Set(['support', 'backing', 'praise', 'endorsement'])

/**
 * "support for the dam grew", "criticism of the council mounted": a stance noun
 * with no owner and its object after the preposition. The object is what someone
 * backs or attacks, though the sentence names no one (an owner's "her support for
 * X" is `nounClause`'s).
 */
export function nounObjects(tokens: readonly FrameToken[], lo: number, hi: number): EvidentialClause[] {
  const clauses: EvidentialClause[] = []
  for (let v = lo; v < hi - 1; v++) {
    const t = tokens[v]!
    if (t.kind !== 'word') continue
    const link = tokens[v + 1]!
    if (link.kind !== 'word' || !stancePrepositions.get(t.lower)?.includes(link.lower)) continue
    // "the attack on the compound" is as often force as words; "the support of the
    // unions" names who supports, not what is supported.
    if (physical.has(t.lower) || (link.lower === 'of' && holderOf.has(t.lower))) continue
    // "his past opposition to X": an owner's is `nounClause`'s, over a word or two.
    if (tokens.slice(Math.max(lo, v - 3), v).some((b) => b.kind === 'word' && (b.possessive || owners.has(b.lower)))) continue
    const from = v + 2
    const first = tokens[from]!
    if (first.kind !== 'word' || emptyObjects.has(first.lower)) continue
    // "support for Okafor here is minimal": the object ends before the sentence's own verb.
    const end = beforeMainVerb(tokens, from, contentEnd(tokens, from, hi, 'noun-object'))
    if (end >= from) clauses.push({cue: {start: t.start, end: link.end}, content: [from, end]})
  }
  return clauses
}
