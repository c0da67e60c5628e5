import type {SpeakerMethod} from '../quotes/types.js'
import type {QuoteRef} from './quote-refs.js'
import {shortQuote} from './quote-similarity.js'

/**
 * How much one member's reading of the speaker weighs: a name in the attributing
 * clause itself outweighs a role noun or a clause subject, which outweigh a
 * pronoun in the quote's own attributing clause ("he added", resolved elsewhere),
 * which outweighs the speaker carried over from the quote before (no attributing
 * clause at all); all outweigh words that name no recognised person or organisation
 * (a description, or a place: "Dunmore" read for "it said").
 */
const methodWeight: Record<SpeakerMethod, number> = {
  'explicit': 3, 'appositive': 3, 'role-noun': 2, 'clause-subject': 2, 'unnamed': 2, 'pronoun': 1.5, 'previous-speaker': 1
}

/** How many times any other reading the heaviest reading of a group of a few words only must weigh to name its speaker. */
const fewWordsMargin = 2

/** The speaker a group's members agree on, and which members read it otherwise. */
export interface GroupSpeaker {
  speaker: {id: string, name: string} | null
  /** Indexes (into the members given) whose own reading differs from the group's. */
  overridden: number[]
}

/**
 * The speaker of a group by agreement: each member's reading weighs by how it was
 * reached (see `methodWeight`); the heaviest wins; on a tie, the reading of the
 * fullest member (a body quote over the headline that cuts it), then the earliest.
 * Members with another reading are overridden; members with none, or with only a
 * pronoun nobody in their article answers to, are not.
 *
 * A group of a few words only (`fewWordsOnly`: a title, a slogan, a nickname or a
 * term many quote whole) has a speaker only when its heaviest reading outweighs
 * any other at least twice (`fewWordsMargin`): words that readings of about equal
 * weight give to two people are shared wording, said or cited by each of them,
 * not one utterance one of them made.
 */
export function groupSpeaker(members: readonly QuoteRef[]): GroupSpeaker {
  const weights = new Map<string, {speaker: {id: string, name: string}, weight: number, first: number, words: number}>()
  members.forEach((ref, index) => {
    if (!ref.speaker || unresolvedPronoun(ref)) return
    // A reading that names no recognised person or organisation (none, or a place) weighs least.
    const entity = ref.quote.speaker?.entity ?? null
    const weight = entity !== null && !ref.source.places?.has(entity) ? methodWeight[ref.quote.speaker!.method] ?? 1 : 1
    const entry = weights.get(ref.speaker.id)
    const words = ref.tokens.length
    if (entry) {
      entry.weight += weight
      entry.words = Math.max(entry.words, words)
    } else weights.set(ref.speaker.id, {speaker: ref.speaker, weight, first: index, words})
  })
  const [best, next] = [...weights.values()].sort((a, b) => b.weight - a.weight || b.words - a.words || a.first - b.first)
  if (!best || (next && best.weight < fewWordsMargin * next.weight && fewWordsOnly(members))) return {speaker: null, overridden: []}
  const overridden = members.flatMap((ref, index) => (ref.speaker && !unresolvedPronoun(ref) && ref.speaker.id !== best.speaker.id ? [index] : []))
  return {speaker: best.speaker, overridden}
}

/** Whether every member of a group is a few words (`shortQuote` or fewer): a phrase, a title or a slogan, no passage. */
function fewWordsOnly(members: readonly QuoteRef[]): boolean {
  return members.every((ref) => ref.tokens.length <= shortQuote)
}

/** A pronoun that no one of its article answers to ("they" said): it names no speaker, so it is no reading. */
function unresolvedPronoun(ref: QuoteRef): boolean {
  const speaker = ref.quote.speaker
  return speaker?.method === 'pronoun' && speaker.entity === null && speaker.name.toLowerCase() === speaker.mention?.text.toLowerCase()
}
