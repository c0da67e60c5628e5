import type {FrameToken} from './frame.js'
import {determiners, subjectPronouns, timeWords} from './function-words.js'
import {phraseAfter} from './noun-phrase.js'
import {reportingVerbs} from './reporting-verbs.js'
import {pastHearer} from './hearer-phrase.js'
import {asTimeClause} from './reported-content.js'

// Where what a reporting verb reports begins: past its particle, the person told and phrases of time or place.

/** Verbs whose first object is the person told, not the content ("told reporters that …"). */
export const objectTakers = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'urge', 'brief', 'advise', 'notify', 'convince', 'persuade'])

/**
 * Lemmas that need no clause when a preposition names what they are about, its
 * object being the content ("pointed to the record", "talked about the levy",
 * "worried about the cost", "agreed with the wardens"): the theme or topic
 * prepositional frames of VerbNet talk-37.5, conjecture-29.5 ("think about"),
 * marvel-31.3 ("worry about") and correspond-36.1 ("agree with/on").
 */
export const topicPrepositions: ReadonlyMap<string, readonly string[]> = new Map([['point', ['to']], ['talk', ['about']], ['think', ['about']], ['worry', ['about']], ['agree', ['with', 'on']]])

/** Speech lemmas whose content follows a particle ("referred to the vote", "spoke about the plan"). */
const particleLemmas = new Map([['refer', ['to']], ['speak', ['about', 'of', 'on']], ['talk', ['about', 'of']], ['comment', ['on']], ['lash', ['out']], ['rail', ['against']], ['point', ['to']], ['think', ['about']], ['worry', ['about']], ['agree', ['with', 'on']]])

/** Words that open a phrase between a verb and "that" ("said in an interview that", "told CNN on Sunday that"). */
const phraseOpeners = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'privately', 'publicly', 'repeatedly', 'again', 'recently', 'also', 'yesterday', 'today', 'again'])

/** Words after "her" that leave it an object ("told her to …", "backed her in …"). */
const afterObject = new Set(['to', 'as', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but', 'that', 'if', 'whether', 'about', 'into', 'over', 'after', 'before', 'during', 'since', 'because', 'when', 'while', 'again', 'too', 'so', 'not', 'back', 'out', 'up', 'off', 'down'])

/** "said her family …": "her" before a noun is a possessive, the start of a clause's subject. */
export function possessiveHer(tokens: readonly FrameToken[], c: number): boolean {
  const next = tokens[c + 1]
  return tokens[c]!.lower === 'her' && next?.kind === 'word' && !afterObject.has(next.lower) && !timeWords.has(next.lower)
}

/** "said it was …", "thinks him a fool" aside: an object pronoun that is the subject of a clause. */
export function subjectAfter(tokens: readonly FrameToken[], c: number): boolean {
  const t = tokens[c]!
  const next = tokens[c + 1]
  return ['it', 'this', 'that', 'you'].includes(t.lower) && next?.kind === 'word' && (/(?:s|ed)$/.test(next.lower) || ['was', 'is', 'will', 'would', 'could', 'can', 'had', 'has', 'should', 'might', 'may', 'must'].includes(next.lower))
}

/**
 * Where the content after the verb at `v` starts: past a particle ("pointed out
 * that"), the person told ("told reporters that"), a phrase of time or place
 * before "that" ("said in an interview on Sunday that"), and "that" itself.
 */
export function complementStart(tokens: readonly FrameToken[], v: number, lemma: string, hi: number): number {
  let c = v + 1
  const at = (i: number) => tokens[i]?.kind === 'word' ? tokens[i]!.lower : ''
  if (['out', 'on', 'back', 'up'].includes(at(c)) && at(c + 1) === 'that') c++
  if (lemma === 'call' && (at(c) === 'for' || at(c) === 'on')) c++
  if (particleLemmas.get(lemma)?.includes(at(c))) c++
  // "told him the plan …", "assured them that …": the person told is a pronoun.
  if (objectTakers.has(lemma) && personTold(tokens, c)) c++
  else if (objectTakers.has(lemma)) {
    const object = phraseAfter(tokens, c, hi + 1)
    // "told reporters the bridge would …": the person told ends where a new phrase opens.
    let to = object ? object.to : -1
    for (let k = c + 1; k <= to; k++) if (determiners.has(tokens[k]!.lower) || subjectPronouns.has(tokens[k]!.lower)) { to = k - 1; break }
    if (object && at(to + 1) !== 'to') c = to + 1
  }
  // "said to reporters that P", "“…,” she said of the plan": a hearer or a topic, not the content.
  c = pastHearer(tokens, c, lemma, hi)
  // "“…,” she said as she left": a clause of time, not what was said.
  if (c > hi || asTimeClause(tokens, c)) return hi + 1
  if ((phraseOpeners.has(at(c)) || timeWords.has(at(c))) && !clauseDeterminer(tokens, c)) {
    for (let k = c; k <= Math.min(hi, c + 12); k++) {
      const w = tokens[k]!
      if (w.kind === 'word' && w.lower === 'that') { c = k; break }
      if (w.kind !== 'word' && w.text !== ',') break
      if (w.kind === 'word' && reportingVerbs.has(w.lower) && !w.cap) break
    }
  }
  if (tokens[c]?.text === ',') c = pastAside(tokens, c, hi)
  // "said that, in retrospect, P": the content keeps its "that" before the aside.
  if (at(c) === 'that' && !thatAside(tokens, c)) c++
  return c
}

/** "that, in retrospect, …": a complementizer with an aside set off right after it. */
export function thatAside(tokens: readonly FrameToken[], c: number): boolean {
  return tokens[c]?.kind === 'word' && tokens[c]!.lower === 'that' && tokens[c + 1]?.text === ',' && tokens[c + 2]?.kind === 'word'
}

/** Where the clause after "that, in retrospect," starts: past the aside's closing comma; `c` when no comma closes it. */
export function pastThatAside(tokens: readonly FrameToken[], c: number, hi: number): number {
  for (let k = c + 3; k <= Math.min(hi - 1, c + 2 + asideWords); k++) {
    const t = tokens[k]!
    if (t.text === ',') return tokens[k + 1]?.kind === 'word' ? k + 1 : c
    if (t.kind !== 'word') return c
  }
  return c
}

/** Object pronouns that stand for the person told. */
const toldPronouns = new Set(['him', 'them', 'me', 'us', 'you'])

/** "told him …", "told her that …" (not "told her story"): an object pronoun for the person told. */
function personTold(tokens: readonly FrameToken[], c: number): boolean {
  const t = tokens[c]
  const next = tokens[c + 1]
  if (t?.kind !== 'word' || next?.kind !== 'word') return false
  return toldPronouns.has(t.lower) || (t.lower === 'her' && (next.lower === 'that' || determiners.has(next.lower) || subjectPronouns.has(next.lower)))
}

/**
 * "said this plan …", "told reporters this was …": "this" or "last" before a word
 * that is no time word opens the clause's subject, not a phrase of time ("this week").
 */
export function clauseDeterminer(tokens: readonly FrameToken[], c: number): boolean {
  const t = tokens[c]
  const next = tokens[c + 1]
  return t?.kind === 'word' && (t.lower === 'this' || t.lower === 'last') && !(next?.kind === 'word' && (timeWords.has(next.lower) || /^(?:spring|summer|fall|autumn|winter|season|term|time|weekend|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(next.lower)))
}

/** The most words of an aside between a verb and its clause ("said, however, that"). */
const asideWords = 6

/**
 * "said, however, that P", "says, win or lose, she will run": past an aside set off
 * by commas, where "that" or a pronoun subject opens the clause; else `c` itself.
 */
function pastAside(tokens: readonly FrameToken[], c: number, hi: number): number {
  for (let k = c + 1; k <= Math.min(hi, c + asideWords + 1); k++) {
    const t = tokens[k]!
    if (t.kind === 'word') continue
    if (t.text !== ',' || k === c + 1) return c
    const next = tokens[k + 1]
    if (next?.kind !== 'word') return c
    if (next.lower === 'that' || (subjectPronouns.has(next.lower) && next.lower !== 'it' && next.lower !== 'you' && tokens[k + 2]?.kind === 'word')) return k + 1
    return c
  }
  return c
}
