import type {FrameToken} from './frame.js'
import {subjectPronouns} from './function-words.js'
import {subjectBefore} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'
import {clauseFollows} from './verb-forms.js'
import {lazyMap} from '../lazy-table.js'
import {verbTable} from './verb-table.js'

/** Noun phrases after "express" and "voice" ("expressed support for X", "voiced concern that P"). */
const feelings: ReadonlyArray<readonly string[]> = [
  ['support', 'for'], ['concern', 'about'], ['concerns', 'about'], ['concern', 'that'], ['concerns', 'that'],
  ['doubts', 'about'], ['doubt', 'that'], ['frustration', 'with'], ['sympathy', 'for'], ['confidence', 'in'],
  ['confidence', 'that'], ['opposition', 'to'], ['hope', 'that'], ['skepticism', 'about'], ['outrage', 'at'],
  ['disappointment', 'with'], ['regret', 'that']
]

/**
 * Support-verb constructions that report: a light verb ("make", "take", "raise",
 * "express", "voice", "offer", "launch") and the words after it up to the one that
 * opens the content ("made clear that P", "made no mention of X", "took aim at X",
 * "raised questions about X", "expressed support for X"). A last word "that" (or a
 * phrase ending in "clear") takes a clause; "of", "for", "at" … a noun phrase.
 */
const phrasesByLemma = new Map<string, ReadonlyArray<readonly string[]>>([
  ['make', [
    ['clear'], ['it', 'clear'], ['plain'], ['it', 'plain'],
    ['no', 'mention', 'of'], ['mention', 'of'], ['no', 'secret', 'of'], ['no', 'apologies', 'for'],
    ['the', 'case', 'for'], ['the', 'case', 'that'], ['a', 'case', 'for'], ['his', 'case', 'for'], ['her', 'case', 'for'],
    ['their', 'case', 'for'], ['a', 'plea', 'for'], ['a', 'pitch', 'for'], ['the', 'argument', 'that'],
    ['a', 'commitment', 'to'], ['a', 'promise', 'to'], ['the', 'point', 'that']
  ]],
  ['take', [
    ['aim', 'at'], ['a', 'shot', 'at'], ['shots', 'at'], ['a', 'swipe', 'at'], ['swipes', 'at'], ['a', 'jab', 'at'],
    ['a', 'dig', 'at'], ['issue', 'with'], ['credit', 'for']
  ]],
  ['raise', [
    ['concerns', 'about'], ['questions', 'about'], ['doubts', 'about'], ['concerns', 'that'], ['questions', 'over'],
    ['concerns', 'over'], ['the', 'possibility', 'that'], ['the', 'prospect', 'of']
  ]],
  ['express', feelings], ['voice', feelings],
  ['offer', [['praise', 'for'], ['support', 'for'], ['condolences', 'to'], ['no', 'details', 'about'], ['few', 'details', 'about']]],
  ['launch', [['an', 'attack', 'on'], ['attacks', 'on'], ['a', 'broadside', 'against'], ['an', 'attack', 'against']]]
])

/** The words a phrase opens with: a plain set that turns most words away before the verb table is read. */
const firstWords = new Set([...phrasesByLemma.values()].flatMap((phrases) => phrases.map((words) => words[0]!)))

/** Surface forms of the light verbs, to their lemma. */
const lightForms: ReadonlyMap<string, string> = lazyMap(() => verbTable(['make|made', 'take|took,taken', 'raise', 'express', 'voice', 'offer', 'launch']))

/** The most words of time or place between "made clear" and its "that" ("made clear on Tuesday night that"). */
const thatReach = 6

/**
 * "Okafor made clear that P", "Lund took aim at X": a reporting phrase built on a
 * light verb at token `v`; the subject before it is the source.
 */
export function lightVerbClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  const next = tokens[v + 1]
  if (t.cap || next === undefined || next.kind !== 'word' || !firstWords.has(next.lower)) return null
  const lemma = lightForms.get(t.lower)
  if (lemma === undefined) return null
  const phrase = phrasesByLemma.get(lemma)!.find((words) => words.every((w, i) => tokens[v + 1 + i]?.kind === 'word' && tokens[v + 1 + i]!.lower === w))
  if (!phrase) return null
  const last = v + phrase.length
  let from = last + 1
  if (phrase[phrase.length - 1] === 'clear' || phrase[phrase.length - 1] === 'plain') {
    // "made clear Tuesday that …", "made it clear he would …"
    let k = from
    while (k <= hi && k - from < thatReach && tokens[k]!.kind === 'word' && tokens[k]!.lower !== 'that') k++
    if (k <= hi && tokens[k]!.lower === 'that') from = k + 1
    else if (!clauseFollows(tokens, from) && !subjectPronouns.has(tokens[from]?.lower ?? '')) return null
  }
  if (from > hi || tokens[from]!.kind !== 'word') return null
  const subject = subjectBefore(tokens, v, lo)
  if (!subject) return null
  const clause = ['that', 'clear', 'plain'].includes(phrase[phrase.length - 1]!)
  const end = contentEnd(tokens, from, hi, clause ? 'clause' : 'object')
  if (end < from) return null
  return {phrase: subject, cue: {start: t.start, end: tokens[last]!.end, type: 'verb'}, place: 'before', content: [from, end], lemma: null}
}
