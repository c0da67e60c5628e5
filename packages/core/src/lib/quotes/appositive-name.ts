import type {FrameToken} from './frame.js'
import {phraseAfter, type NounPhrase} from './noun-phrase.js'

/**
 * "said the agency's director, Lena Park, on Monday": a description with no name in
 * it, then, set off by a comma, the name it describes. The phrase is stretched over
 * the name (and marked appositive), so that the name, not the role, is the speaker.
 * The name must close the clause or be set off in its turn (a comma, a bracket, a
 * sentence end, or a time or place phrase after it).
 */
export function withAppositiveName(tokens: readonly FrameToken[], phrase: NounPhrase, hi: number): NounPhrase {
  if (phrase.pronoun || tokens[phrase.to + 1]?.text !== ',') return phrase
  // "the founder of the group, Riverton Action": after a preposition the name may be the inner noun's.
  for (let k = phrase.from; k <= phrase.to; k++) if ((tokens[k]!.cap && !tokens[k]!.possessive && k > phrase.from) || links.has(tokens[k]!.lower)) return phrase
  if (tokens[phrase.from]!.cap && !determinerLike(tokens[phrase.from]!)) return phrase
  const name = phraseAfter(tokens, phrase.to + 2, hi + 1)
  if (!name || name.pronoun) return phrase
  for (let k = name.from; k <= name.to; k++) if (!tokens[k]!.cap) return phrase
  const after = tokens[name.to + 1]
  if (after !== undefined && after.kind === 'word' && !closers.has(after.lower)) return phrase
  return {...phrase, to: name.to, end: name.end, appositive: true}
}

/** A capitalised first word that is a determiner only because it opens the sentence ("The", "His"). */
function determinerLike(t: FrameToken): boolean {
  return ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(t.lower)
}

/** Prepositions after which a following name may belong to the inner noun. */
const links: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to', 'by'])

/** Words that may follow the name and still leave it the end of the subject. */
const closers: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'early', 'yesterday', 'today', 'when', 'while', 'who'])
