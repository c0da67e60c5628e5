import type {FrameToken} from './frame.js'
import {titleHeads} from '../entities/titles.js'
import {clauseAuxiliaries, determiners, passiveMarkers, phraseBreakers, subjectPronouns, verbModifiers} from './function-words.js'
import {groupNouns} from './noun-phrase.js'
import {share} from './share-of-people.js'
import {isBareForm, namingVerbs, reportingVerbs, weakReportingVerbs} from './reporting-verbs.js'

/**
 * The lemma of a reporting verb at token `i`, unless the word is a noun there:
 * after a possessive or a determiner (\"Marle’s comments\"), a bare form after a
 * singular noun (\"the recent call\"), or a plural joined to a plural (\"interviews
 * and tweets\"). A capitalised word only right after a quote or as \"Said …\".
 */
export function verbAt(tokens: readonly FrameToken[], i: number): string | null {
  const t = tokens[i]
  // A capitalised verb only right after a quote or opening a sentence ("Said Dorothy Poynter, …").
  if (!t || t.kind !== 'word') return null
  if (t.cap && i > 0 && tokens[i - 1]!.kind !== 'quote' && !(['said', 'says', 'wrote', 'writes'].includes(t.lower) && (tokens[i - 1]!.kind === 'end' || tokens[i - 1]!.sentence !== t.sentence))) return null
  const lemma = reportingVerbs.get(t.lower)
  if (!lemma) return null
  const before = tokens[i - 1]
  // "Marle’s comments", "the claims": a noun after a possessive or a determiner.
  if (before && before.kind === 'word' && (before.possessive || (determiners.has(before.lower) && !['that', 'all', 'both', 'some', 'many', 'most', 'few', 'several', 'one', 'two', 'three', 'another'].includes(before.lower)))) return null
  // "his recent remarks", "the latest claims": an adjective between a determiner and the word makes it a noun.
  // Only a form a noun can take: "the official said" is a subject and its verb.
  if (before && before.kind === 'word' && nounAdjectives.has(before.lower) && (t.lower === lemma || t.lower === `${lemma}s`)) {
    const det = tokens[i - 2]
    if (det && det.kind === 'word' && (det.possessive || determiners.has(det.lower))) return null
  }
  // "a list of demands", "the use of emergency orders": a finite verb never follows a
  // preposition, nor a bare word that a preposition governs.
  // ("the head of security says" keeps its verb: only nouns of speech are read so.)
  if (/[^s'’]s$/.test(t.lower) && lemma !== 'say' && before && before.kind === 'word' && !before.cap &&
    (nounPrepositions.has(before.lower) || (speechNouns.has(lemma) && !reportingVerbs.has(before.lower) && tokens[i - 2]?.kind === 'word' && nounPrepositions.has(tokens[i - 2]!.lower)))) return null
  // "is rejecting claims", "to end doubts": the object of a participle or an
  // infinitive, not a verb of its own.
  if (/[^s'’]s$/.test(t.lower) && speechNouns.has(lemma) && before && before.kind === 'word' && !before.cap) {
    const earlier = tokens[i - 2]
    const governed = earlier?.kind === 'word' && (earlier.possessive || determiners.has(earlier.lower))
    if (/ing$/.test(before.lower) && !governed) return null
    if (/[^s]$/.test(before.lower) && earlier?.kind === 'word' && earlier.lower === 'to') return null
  }
  // "in many Asian states", "several western states": an -s form after a quantifier and
  // one more word is a plural noun (a quantifier's verb is a plural's bare form: "many say").
  if (/[^s'’]s$/.test(t.lower) && lemma !== 'say' && before && before.kind === 'word' && !before.possessive && quantifiers.has(tokens[i - 2]?.lower ?? '')) return null
  // "interviews and tweets": a plural noun joined to another plural.
  if (/[^s]s$/.test(t.lower) && before && ['and', 'or'].includes(before.lower) && /[^s]s$/.test(tokens[i - 2]?.lower ?? '')) return null
  if (isBareForm(t.lower)) {
    // "the recent call", "a claim": a bare form is a verb only after a plural, a pronoun, a modal or "to".
    let prev = tokens[i - 1]
    // "Critics of the toll, meanwhile, say": a one-word aside between commas sets off a verb.
    if (prev?.text === ',' && tokens[i - 2]?.kind === 'word' && (verbModifiers.has(tokens[i - 2]!.lower) || /ly$/.test(tokens[i - 2]!.lower)) && tokens[i - 3]?.text === ',' && tokens[i - 4]?.kind === 'word') return lemma
    // "One in four call", "Nearly half, 45%, say": a count or a share is a plural subject.
    if (share(tokens, prev?.text === ',' ? i - 2 : i - 1)) return lemma
    // "could only joke", "would simply say": over an adverb to the modal.
    else if (prev?.kind === 'word' && !prev.cap && /ly$/.test(prev.lower) && tokens[i - 2]?.kind === 'word' && bareVerbOpeners.has(tokens[i - 2]!.lower)) prev = tokens[i - 2]
    if (!prev || prev.kind !== 'word') return null
    if (!(bareVerbOpeners.has(prev.lower) || (/[^s']s$/.test(prev.lower) && !prev.possessive && !determiners.has(prev.lower)))) return null
  }
  return lemma
}

/**
 * The lemma of a reporting verb at token `i` that can head a reporting clause with
 * no quote in it: not passive, and a weak verb only with "that" or a clause after it.
 */
export function isReportingVerbAt(tokens: readonly FrameToken[], i: number): string | null {
  const lemma = verbAt(tokens, i)
  if (!lemma || isPassive(tokens, i) || asParenthetical(tokens, i) || namingVerbs.has(lemma)) return null
  if (weakReportingVerbs.has(lemma)) {
    const next = tokens[i + 1]
    if (!(next && (next.lower === 'that' || clauseFollows(tokens, i + 1)))) return null
  }
  return lemma
}

/** Words of quantity that open a plural noun phrase. */
const quantifiers = new Set(['many', 'several', 'few', 'some', 'all', 'both', 'most', 'other', 'numerous', 'various', 'these', 'those'])

/** Prepositions whose object a following -s word belongs to ("of emergency orders"). */
const nounPrepositions = new Set(['of', 'to', 'for', 'with', 'about', 'against', 'from', 'by', 'into', 'on', 'in', 'over', 'under', 'amid', 'among'])

/** Reporting lemmas whose -s form is as often a plural noun ("emergency orders", "his claims"). */
const speechNouns = new Set(['order', 'claim', 'report', 'comment', 'remark', 'question', 'answer', 'promise', 'demand', 'call', 'charge', 'post', 'tweet', 'point', 'statement', 'note', 'warning', 'threat', 'pledge', 'vow', 'quote', 'offer', 'protest', 'complaint', 'joke', 'plea', 'reply', 'response', 'estimate', 'forecast', 'proposal', 'brief', 'hint', 'signal', 'name', 'term', 'brand', 'label'])

/** Words after which a bare verb form is a verb ("they say", "will tell", "to add"). */
/** Adjectives that often stand between a determiner and a speech noun ("his recent remarks"). */
const nounAdjectives = new Set(['recent', 'latest', 'earlier', 'previous', 'repeated', 'public', 'private', 'controversial', 'initial', 'final', 'first', 'last', 'new', 'original', 'opening', 'closing', 'own', 'official', 'formal', 'frequent', 'infamous', 'famous', 'harsh', 'sharp', 'angry', 'blunt', 'latest', 'subsequent', 'separate', 'joint', 'written', 'prepared'])

const bareVerbOpeners = new Set(['two', 'three', 'both', 'all', 'many', 'several', 'others', 'some', 'most', 'they', 'we', 'i', 'you', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does', 'to', 'not', 'also', 'often', 'still', 'never', 'people', 'officials'])

/** "was stated", "had been agreed", "measures added by Republicans". */
export function isPassive(tokens: readonly FrameToken[], v: number): boolean {
  if (/ing$/.test(tokens[v]!.lower)) return false
  // "measures added by Republicans": a participle with an agent.
  if (/ed$/.test(tokens[v]!.lower) && tokens[v + 1]?.lower === 'by') return true
  let i = v - 1
  while (i >= 0 && tokens[i]!.kind === 'word' && verbModifiers.has(tokens[i]!.lower) && !passiveMarkers.has(tokens[i]!.lower)) i--
  const prev = tokens[i]
  return prev !== undefined && prev.kind === 'word' && passiveMarkers.has(prev.lower)
}

/** "as the Americans told it," / "as he put it," — a side remark, not the quote's cue. */
export function asParenthetical(tokens: readonly FrameToken[], v: number): boolean {
  const next = tokens[v + 1]
  // "as he puts it, “…”" is the quote's own cue.
  if (['put', 'puts'].includes(tokens[v]!.lower)) return false
  // "as the Americans told it," is a side remark; "As Tate has pointed out, …" attributes what follows.
  if (!next || next.lower !== 'it') return false
  for (let k = v - 1; k >= Math.max(0, v - 5); k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (t.lower === 'as') return true
  }
  return false
}

/** "sensed the process could …": a short subject and an auxiliary, so a clause follows the verb. */
export function clauseFollows(tokens: readonly FrameToken[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (k > i && clauseAuxiliaries.has(t.lower)) return true
    // "found in 2014 that …"
    if (k > i && k - i <= 4 && t.lower === 'that') return true
  }
  return false
}

/** Finite words that show a longer phrase before them is a clause's subject ("do" too: "Democrats do not …"). */
const longFinite: ReadonlySet<string> = new Set([...clauseAuxiliaries, 'do', 'does', 'did'])
/** Words that end a clause's subject going forward: a subordinate clause or an infinitive opens. */
const subjectBreaks: ReadonlySet<string> = new Set(['to', 'when', 'if', 'because', 'while', 'who', 'which', 'whom', 'whose', 'where', 'than', 'as', 'since', 'after', 'before', 'until'])

/**
 * "hopes his latest endorsement before the primary will give …", "believe six debates
 * for five candidates is …": as `clauseFollows`, over a longer subject (up to ten words,
 * no punctuation, no subordinate clause) before its finite verb.
 */
export function longClauseFollows(tokens: readonly FrameToken[], i: number): boolean {
  if (clauseFollows(tokens, i)) return true
  const first = tokens[i]
  // The subject opens with a determiner, a possessive, a name or a number ("his latest ad", "six debates").
  if (first?.kind !== 'word' || !(determiners.has(first.lower) || first.cap || first.possessive || /^\d/.test(first.lower))) return false
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || subjectBreaks.has(t.lower)) return false
    // "backed Okafor and is now …": a second predicate of the verb's own subject.
    if (longFinite.has(t.lower)) return !['and', 'or', 'but'].includes(tokens[k - 1]!.lower)
  }
  return false
}

/**
 * "endorsed Okafor last week and has …": the auxiliary `clauseFollows` finds comes
 * straight after "and" or "but", so it is a second predicate of the verb's own
 * subject, not the verb of a reported clause.
 */
export function joinedPredicate(tokens: readonly FrameToken[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (clauseAuxiliaries.has(t.lower)) return ['and', 'but'].includes(tokens[k - 1]!.lower)
  }
  return false
}


/** Prepositions whose object a participle after it may describe ("in a message posted …"). */
const objectPrepositions = new Set(['in', 'on', 'at', 'with', 'from', 'into', 'through', 'via', 'of'])

/**
 * Whether the -ed word at `v` follows a determiner phrase that a preposition governs
 * ("pounced on it in a note sent early Monday"): a participle describing that
 * object. Only for verbs before a quote; after one, "a man in the crowd shouted" is finite.
 */
export function reducedRelative(tokens: readonly FrameToken[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    const t = tokens[k]!
    if (t.kind !== 'word' || (k === v - 1 && t.possessive)) return false
    if (determiners.has(t.lower) && !['that', 'this', 'those', 'these'].includes(t.lower)) return k < v - 1 && objectPrepositions.has(tokens[k - 1]?.lower ?? '')
    if (reportingVerbs.has(t.lower) && !t.cap && k < v - 1) return false
  }
  return false
}

/**
 * Whether the naming word at `v` ("called", "labeled", "dubbed") right before a quote
 * is a participle describing the common noun before it ("a reading club called
 * “Book Boat”", "a crate labeled “Fragile”", "jars labeled “Made in Marle”"): the noun is
 * what the quote names, never who speaks. A person noun ("the mayor called “Order!”"),
 * a name or a pronoun before it is a subject, and the word is a verb.
 */
export function namingParticiple(tokens: readonly FrameToken[], v: number): boolean {
  const verb = tokens[v]
  const noun = tokens[v - 1]
  if (!verb || !/ed$/.test(verb.lower) || tokens[v + 1]?.kind !== 'quote') return false
  if (!noun || noun.kind !== 'word' || noun.cap || noun.possessive || /ly$/.test(noun.lower)) return false
  const singular = noun.lower.replace(/s$/, '')
  return !(phraseBreakers.has(noun.lower) || subjectPronouns.has(noun.lower) || verbModifiers.has(noun.lower) || reportingVerbs.has(noun.lower) ||
    groupNouns.has(noun.lower) || titleHeads.has(noun.lower) || titleHeads.has(singular) || /^\d/.test(noun.lower))
}
