import type {FrameToken} from './frame.js'
import {determiners, timeWords} from './function-words.js'
import {subjectBefore} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'
import {coordinatedSubject, cueSubject} from './reported-subject.js'
import {isPassive} from './verb-forms.js'

// "called him a liar", "calling Trump a fascist", "call it the nerd prom": "call"
// with an object and a second noun phrase or adjective judges what it names (VerbNet
// 3.x dub-29.3, whose members take NP NP: call, dub, name, term, label), unlike
// the telephone sense ("called him on Monday", "called her back", "called Trump").

/** Objects a judging "call" names: person and thing pronouns. */
const objectPronouns = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'me', 'us', 'you', 'this', 'that'])

/** Words after the object that show the telephone or summoning sense, or no second phrase at all. */
const notPredicates = new Set([
  'on', 'to', 'for', 'back', 'up', 'out', 'off', 'in', 'at', 'from', 'about', 'after', 'before', 'during',
  'and', 'or', 'but', 'that', 'with', 'into', 'over', 'again', 'twice', 'once', 'then', 'when', 'while',
  'because', 'if', 'as', 'by', 'since', 'until', 'who', 'which', 'is', 'was', 'were', 'are', 'had', 'has',
  'have', 'will', 'would', 'could', 'should', 'said', 'says', 'told', 'asked', 'last', 'this', 'next',
  'quits', 'names', 'home', 'here', 'there', 'directly', 'personally', 'repeatedly', 'himself', 'herself'
])

/** Possessive determiners that open the second phrase ("calls North Carolina her home state"). */
const openers = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'one'])

/**
 * Whether the "call" at `v` judges its object: an object pronoun or a capitalised
 * name (or a short determined phrase before "a"/"an") right after it, then a
 * second noun phrase or a lower-case adjective.
 */
export function callsNamed(tokens: readonly FrameToken[], v: number): boolean {
  const word = (k: number): FrameToken | null => (tokens[k]?.kind === 'word' ? tokens[k]! : null)
  const first = word(v + 1)
  if (!first) return false
  const indefinite = (k: number) => word(k)?.lower === 'a' || word(k)?.lower === 'an'
  // The second phrase's first word: right after a pronoun, or after a name of up to four words.
  let p = v + 2
  if (objectPronouns.has(first.lower)) {
    // ("this" and "that" are pronouns here, not determiners: "called this a hoax".)
  } else if (first.cap && !determiners.has(first.lower)) {
    while (word(p)?.cap && p - v <= 4 && !word(p - 1)!.possessive) p++
  } else if (determiners.has(first.lower)) {
    // "called the plan a disaster": a short phrase, then "a"/"an".
    let k = v + 2
    while (word(k) && k - v <= 5 && !indefinite(k)) k++
    return k > v + 2 && indefinite(k) && word(k + 1) !== null
  } else return false
  const predicate = word(p)
  if (!predicate || notPredicates.has(predicate.lower) || timeWords.has(predicate.lower)) return false
  if (openers.has(predicate.lower)) return word(p + 1) !== null
  return !predicate.cap && !/ly$/.test(predicate.lower) && !/^\d/.test(predicate.lower)
}

/** Forms of "call". */
const callForms = new Set(['call', 'calls', 'called', 'calling'])

/**
 * "Okafor called him a liar", "…, calling the plan a disaster": the object and
 * what it is called are the content, the subject (or, for a participle after a
 * comma, the clause's subject) the source.
 */
export function namingCallClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (!callForms.has(t.lower) || t.cap || isPassive(tokens, v) || !callsNamed(tokens, v)) return null
  const before = tokens[v - 1]
  if (before?.kind === 'word' && (['what', 'so', 'as', 'a', 'the', 'his', 'her', 'their', 'its'].includes(before.lower) || before.possessive)) return null
  const and = ['and', 'but'].includes(before?.lower ?? '')
  const phrase = and ? coordinatedSubject(tokens, v - 1, lo) : before?.text === ',' && t.lower === 'calling' ? cueSubject(tokens, v - 1, lo) : subjectBefore(tokens, v, lo)
  if (!phrase) return null
  const end = contentEnd(tokens, v + 1, hi)
  if (end < v + 2) return null
  return {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content: [v + 1, end], lemma: 'call'}
}
