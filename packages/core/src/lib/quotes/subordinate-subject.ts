import type {FrameToken} from './frame.js'
import {subordinators} from './function-words.js'
import {phraseAfter, type NounPhrase} from './noun-phrase.js'

/**
 * "…an hour late, after fishermen blocked the quay, shouting “…”": a participle
 * right after a subordinate clause set off by commas goes with that clause's subject.
 */
export function subordinateSubject(tokens: readonly FrameToken[], v: number, from: number): NounPhrase | null {
  if (tokens[v - 1]?.text !== ',') return null
  for (let s = v - 2; s > from && s > v - 16; s--) {
    const t = tokens[s]!
    if (t.kind === 'quote' || t.kind === 'end' || (t.text === ',' && !subordinators.has(tokens[s + 1]?.lower ?? ''))) return null
    if (!subordinators.has(t.lower) || tokens[s - 1]?.text !== ',') continue
    const phrase = phraseAfter(tokens, s + 1, v - 1)
    const verb = phrase ? tokens[phrase.to + 1] : undefined
    return phrase && verb?.kind === 'word' && !verb.cap && /(?:ed|s)$/.test(verb.lower) ? phrase : null
  }
  return null
}
