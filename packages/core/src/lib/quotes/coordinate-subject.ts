import type {FrameToken} from './frame.js'
import {phraseAfter, type NounPhrase} from './noun-phrase.js'
import {reportingVerbs} from './reporting-verbs.js'
import {verbAt} from './verb-forms.js'

// Subjects of coordinated and absolute clauses before a speech verb ("… and told",
// "with X tweeting … and asking"), and phrases that only look like subjects.

/**
 * "with Vale tweeting that it was a “disaster” and asking, “…”": a participle after
 * "and" (at `k`) shares the subject of an absolute "with X V-ing" before it.
 */
export function absoluteSubject(tokens: readonly FrameToken[], k: number, v: number, from: number): NounPhrase | null {
  if (!/ing$/.test(tokens[v]!.lower)) return null
  for (let w = k - 1; w >= Math.max(from, k - 30); w--) {
    const t = tokens[w]!
    if (t.kind === 'end' || t.text === ';') return null
    if (t.lower !== 'with') continue
    const phrase = phraseAfter(tokens, w + 1, k)
    const verb = phrase ? tokens[phrase.to + 1] : undefined
    return phrase && !phrase.pronoun && verb?.kind === 'word' && /ing$/.test(verb.lower) && reportingVerbs.has(verb.lower) ? phrase : null
  }
  return null
}

/**
 * "which Kerrow had called a “mess” and vowed to “tear down”": a verb after "and"
 * (at `k`) inside a relative, "that" or subordinate clause shares that clause's subject.
 */
export function relativeClauseSubject(tokens: readonly FrameToken[], k: number, from: number): NounPhrase | null {
  for (let w = k - 1; w >= Math.max(from, k - 30); w--) {
    const t = tokens[w]!
    if (t.kind === 'end' || t.kind === 'punct') return null
    if (!relativeWords.has(t.lower) && !clauseOpeners.has(t.lower)) continue
    const phrase = phraseAfter(tokens, w + 1, k)
    if (!phrase || !(phrase.pronoun || tokens[phrase.from]!.cap)) return null
    // "when Amsel faulted Brandt on tariffs and called him a “drifter”": a named subject of a
    // subordinate clause owns its coordinated verbs, whatever its first verb is.
    if (clauseOpeners.has(t.lower)) return !phrase.pronoun && tokens[phrase.to + 1]?.kind === 'word' && !tokens[phrase.to + 1]!.cap && openToQuote(tokens, k) ? phrase : null
    // Its own verb is one of speech ("had called"), as the verb after "and" is.
    let j = phrase.to + 1
    while (j < k && tokens[j]!.kind === 'word' && auxiliaries.has(tokens[j]!.lower)) j++
    return verbAt(tokens, j) ? phrase : null
  }
  return null
}

const auxiliaries = new Set(['had', 'has', 'have', 'was', 'is', 'were', 'would', 'will', 'did', 'does', 'once', 'also', 'repeatedly', 'previously', 'earlier', 'often'])

/** Whether no comma closes the clause between `k` and the next quote ("when Brandt … said he was glad to be back, a woman shouted “…”" is closed). */
function openToQuote(tokens: readonly FrameToken[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!
    if (t.kind === 'quote') return true
    if (t.kind === 'end' || t.text === ',' || t.text === ';') return false
  }
  return false
}

const relativeWords = new Set(['which', 'whom', 'that'])
/** Subordinators that open a clause with a subject of its own. */
const clauseOpeners = new Set(['when', 'after', 'before', 'because', 'since', 'while', 'although', 'though', 'until', 'once', 'if'])

/**
 * "The board denied it, with Lund taking to the radio to call Ferris “confused”": an
 * infinitive at `v` inside an absolute "with X V-ing" takes X as its subject.
 */
export function withSubject(tokens: readonly FrameToken[], v: number, from: number): NounPhrase | null {
  if (tokens[v - 1]?.lower !== 'to') return null
  for (let w = v - 2; w >= Math.max(from, v - 16); w--) {
    const t = tokens[w]!
    if (t.kind !== 'word') return null
    if (t.lower !== 'with') continue
    // The phrase ends at the participle ("Lund taking"), which a phrase reader would run on into.
    let ing = w + 2
    while (ing < v - 1 && !/ing$/.test(tokens[ing]!.lower)) ing++
    const phrase = ing < v - 1 ? phraseAfter(tokens, w + 1, ing) : null
    return phrase && !phrase.pronoun && tokens[phrase.from]!.cap && phrase.to === ing - 1 ? phrase : null
  }
  return null
}

/**
 * "A group of teachers walked out, and the Parents Union criticised the plan
 * and said …": the subject of the last ", and X verb" clause before the "and" at `k`.
 */
export function coordinateSubject(tokens: readonly FrameToken[], from: number, k: number): NounPhrase | null {
  for (let c = k - 1; c > from; c--) {
    const t = tokens[c]!
    if (t.kind === 'quote' || t.kind === 'end') return null
    if (t.text !== ',' || !['and', 'but'].includes(tokens[c + 1]?.lower ?? '')) continue
    let phrase = phraseAfter(tokens, c + 2, k)
    // "… Parents Union sharply criticised": an adverb before the verb is not the phrase's.
    while (phrase && phrase.to > phrase.from && !tokens[phrase.to]!.cap && /ly$/.test(tokens[phrase.to]!.lower)) phrase = {...phrase, to: phrase.to - 1, end: tokens[phrase.to - 1]!.end}
    const next = phrase ? tokens[phrase.to + 1] : undefined
    return phrase && phrase.to + 1 < k && next?.kind === 'word' && !next.cap ? phrase : null
  }
  return null
}

/** Whether the phrase at `from` is the object of a preposition right after "and"/"but" ("but in a second interview"). */
export function phraseAfterConjunction(tokens: readonly FrameToken[], from: number, lo: number): boolean {
  for (let k = from - 1; k >= Math.max(lo + 1, from - 4); k--) {
    const t = tokens[k]!
    if (t.kind !== 'word' || t.cap) return false
    if (['in', 'at', 'on', 'during', 'over', 'after'].includes(t.lower)) return ['and', 'but'].includes(tokens[k - 1]!.lower)
  }
  return false
}

export function startsWithConjunction(tokens: readonly FrameToken[], phrase: NounPhrase): boolean {
  return ['and', 'but', 'or'].includes(tokens[phrase.from]!.lower)
}
