import type {FrameToken} from './frame.js'
import {phraseAfter, subjectBefore, type NounPhrase} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd, opening} from './reported-content.js'
import {speechNouns} from './speech-nouns.js'

/** Cognition nouns that, like speech nouns, take a "that" clause after a possessive ("her belief that …"). */
export const stanceNouns: ReadonlySet<string> = new Set(['belief', 'view', 'fear', 'fears', 'concern', 'concerns', 'hope', 'hopes', 'argument', 'position', 'insistence', 'conviction', 'suspicion', 'assumption', 'expectation', 'contention', 'assertion', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'warning', 'promise', 'pledge', 'vow', 'prediction', 'statement', 'assessment', 'conclusion', 'finding', 'findings', 'charge', 'notion', 'idea', 'sense', 'feeling', 'message', 'assurance', 'assurances', 'denial', 'admission', 'announcement', 'complaint', 'estimate'])

/**
 * Nouns of stance whose object after a preposition is what the possessor backs or
 * attacks ("Okafor's support for the plan", "her criticism of the council"), with
 * the prepositions each takes.
 */
export const stancePrepositions: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['support', ['for', 'of']], ['opposition', ['to']], ['criticism', ['of']], ['criticisms', ['of']],
  ['attack', ['on', 'against']], ['attacks', ['on', 'against']], ['praise', ['for', 'of']],
  ['endorsement', ['of']], ['defense', ['of']], ['defence', ['of']], ['rejection', ['of']],
  ['condemnation', ['of']], ['embrace', ['of']], ['backing', ['of', 'for']], ['view', ['of', 'on']],
  ['views', ['on', 'of']], ['position', ['on']], ['stance', ['on']], ['comments', ['on', 'about']],
  ['remarks', ['on', 'about']], ['denial', ['of']], ['questions', ['about']], ['concerns', ['about']],
  ['doubts', ['about']], ['description', ['of']], ['characterization', ['of']], ['call', ['for']],
  ['calls', ['for']], ['demand', ['for']], ['demands', ['for']], ['plan', ['for']], ['plans', ['for']],
  ['proposal', ['for']], ['push', ['for']], ['hopes', ['for']]
])

/** Words after "Asked" that open what was asked ("Asked about the loan", "Asked whether …"). */
const askOpeners = new Set(['about', 'whether', 'if', 'what', 'how', 'why', 'when', 'who', 'where', 'which'])

/** Words before a fronted "asked" that keep it fronted ("When asked whether …, Okafor said"). */
const askLeads = new Set(['when', 'after', 'once', 'if', 'while', 'and', 'but', 'being'])
/** The most words between "asked" and what was asked ("Asked on a radio show last week whether …"). */
const askReach = 8

/**
 * "Asked about the loan, Okafor said …", "When asked on Monday whether …, she
 * said …": a fronted "asked" reports the question put to the subject of the main
 * clause; the content is what was asked.
 */
export function askedClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (t.lower !== 'asked') return null
  let lead = opening(tokens, lo)
  while (lead < v && askLeads.has(tokens[lead]!.lower)) lead++
  if (lead !== v) return null
  let ask = v + 1
  while (ask <= hi && ask - v <= askReach && tokens[ask]!.kind === 'word' && !askOpeners.has(tokens[ask]!.lower)) ask++
  if (ask > hi || tokens[ask]!.kind !== 'word') return null
  let comma = ask + 1
  while (comma <= hi && tokens[comma]!.kind === 'word') comma++
  if (comma > hi || tokens[comma]!.text !== ',' || comma - ask < 2) return null
  const phrase = phraseAfter(tokens, comma + 1, hi + 1)
  if (!phrase) return null
  const from = tokens[ask]!.lower === 'about' ? ask + 1 : ask
  return {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content: [from, comma - 1], lemma: 'ask'}
}

/** "Okafor's claim that P", "her belief that P": a possessor and a speech or stance noun. */
export function nounClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  const preposition = stancePrepositions.get(t.lower)
  const link = tokens[v + 1]?.lower ?? ''
  const object = preposition !== undefined && preposition.includes(link)
  if (!object && (!(stanceNouns.has(t.lower) || speechNouns.has(t.lower)) || link !== 'that')) return null
  const owner = tokens[v - 1]
  if (!owner || owner.kind !== 'word' || !owner.possessive || v - 1 < lo) return null
  const phrase: NounPhrase | null = ['his', 'her', 'their', 'its'].includes(owner.lower)
    ? {from: v - 1, to: v - 1, start: owner.start, end: owner.end, pronoun: true, appositive: false}
    : subjectBefore(tokens, v, lo)
  if (!phrase) return null
  const end = contentEnd(tokens, v + 2, hi, object ? 'noun-object' : 'any')
  return end >= v + 2 ? {phrase: {...phrase, possessor: true}, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content: [v + 2, end], lemma: null} : null
}
