import type {FrameToken} from './frame.js'
import {phraseBreakers, verbModifiers} from './function-words.js'
import {reportingVerbs} from './reporting-verbs.js'

// Word lists and word tests shared by the noun-phrase readers (noun-phrase.ts, phrase-after.ts, skip-modifiers.ts).

/** Words that hedge a proportion ("roughly three in 10"). */
export const proportionHedges: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'around'])

/** The most words a noun phrase holds. */
export const maxWords = 9

/** Plural nouns that often follow a name in a subject ("Ashford supporters said"). */
export const groupNouns: ReadonlySet<string> = new Set(['supporters', 'voters', 'officials', 'aides', 'allies', 'members', 'critics', 'lawmakers', 'staffers', 'sources', 'officers', 'agents', 'residents', 'workers', 'protesters', 'donors', 'delegates', 'lawyers', 'attorneys', 'advisers', 'advisors', 'spokesmen', 'loyalists', 'surrogates', 'fans', 'backers', 'opponents', 'rivals', 'campaigns', 'forces', 'troops', 'authorities', 'investigators', 'prosecutors', 'analysts', 'experts', 'activists', 'leaders', 'executives', 'students', 'teachers', 'parents', 'families', 'people', 'groups'])

/** Nouns for people that are plural or collective without an -s ("police said", "staff said"). */
export const collectivePeople: ReadonlySet<string> = new Set(['police', 'people', 'staff', 'children', 'women', 'men', 'personnel', 'clergy', 'crew', 'faculty'])

/** Irregular past tenses that end a phrase read forward ("Dorian Marle stood by …"). */
export const irregularPast = new Set(['stood', 'took', 'made', 'went', 'came', 'gave', 'held', 'met', 'won', 'lost', 'ran', 'kept', 'left', 'sent', 'brought', 'bought', 'began', 'saw', 'got', 'put', 'set', 'led', 'struck', 'sought', 'fought', 'spent', 'hit', 'cut', 'let', 'became', 'knew', 'thought', 'felt', 'heard', 'meant', 'paid', 'stuck', 'threw', 'wore', 'drove', 'rose', 'fell', 'shot'])

/** Prepositions of place that tie a name to the noun before it ("voters in Iowa"). */
export const placePrepositions = new Set(['in', 'from', 'at'])

/** Nouns of quantity whose phrase goes on over "of" to its head ("a number of firms"). */
export const quantityHeads = new Set(['number', 'group', 'couple', 'handful', 'majority', 'minority', 'dozen', 'dozens', 'hundreds', 'thousands', 'team', 'coalition', 'panel', 'pair', 'trio', 'host', 'lot', 'bunch'])

/** Quantifiers that stand alone as a subject. */
export const loneSubjects = new Set(['several', 'many', 'some', 'both', 'most', 'few', 'others', 'all', 'one', 'two', 'three', 'another']) // "Another said": one more of a group just named

/** A word token (not punctuation, a quote or a sentence end). */
export function isWord(t: FrameToken | undefined): t is FrameToken {
  return t !== undefined && t.kind === 'word'
}

/** Whether a word may sit inside a noun phrase (not a breaker, not a reporting verb in lower case). */
export function nominal(t: FrameToken, next?: FrameToken): boolean {
  // "Will Doyle", "May Li": a capitalised function word before another capital is a name;
  // so is one before an inflected reporting verb ("Will wrote", "From said"), which a
  // modal or a preposition never precedes.
  if (t.cap) return !phraseBreakers.has(t.lower) || t.lower === 'us' || (next !== undefined && next.kind === 'word' && next.cap && !phraseBreakers.has(next.lower)) || inflectedReport(next)
  if (reportedNoun(t, next)) return true
  return !phraseBreakers.has(t.lower) && !reportingVerbs.has(t.lower) && !verbModifiers.has(t.lower)
}

/** "the report said", "the audit's findings claim": a noun form of a reporting verb (bare or plural) right before an inflected one. */
function reportedNoun(t: FrameToken, next: FrameToken | undefined): boolean {
  const lemma = reportingVerbs.get(t.lower)
  return lemma !== undefined && (t.lower === lemma || t.lower === `${lemma}s`) && inflectedReport(next)
}

/** A lower-case reporting verb in the past or the third person ("wrote", "said", "claims"). */
export function inflectedReport(t: FrameToken | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false
  const lemma = reportingVerbs.get(t.lower)
  return lemma !== undefined && lemma !== t.lower && !/ing$/.test(t.lower)
}

/** Verbs of aspect that take a participle ("kept asking", "started saying"). */
export const aspectVerbs = new Set(['kept', 'keeps', 'keep', 'continued', 'continues', 'started', 'starts', 'began', 'begins', 'stopped', 'stops', 'resumed', 'quit'])

/** Forms of "be" before a passive participle and "to" ("was prompted to say"). */
export const passiveBe = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'am'])

/** Time prepositions that open a phrase between a subject and its verb ("in the past", "on Monday"). */
export const timePrepositions = new Set(['in', 'on', 'at', 'during', 'over', 'earlier', 'later', 'late', 'early', 'this', 'last', 'next'])
