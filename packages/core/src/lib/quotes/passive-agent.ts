import type {FrameToken} from './frame.js'
import {type Attribution} from './attribution.js'
import {determiners, passiveMarkers, verbModifiers} from './function-words.js'
import {phraseAfter} from './noun-phrase.js'
import {reportingVerbs} from './reporting-verbs.js'

/**
 * The agent after a quote that a passive verb of speech or naming reports: "has been
 * called “a quiet retreat” by Sara Lund", "was labeled a “paper budget” by the
 * board's critics", "“hasty” – as described by Auditor Pavel Marek –". The phrase after "by" speaks; null when no such passive stands there.
 */
export function passiveAgent(tokens: readonly FrameToken[], q: number): Attribution | null {
  // "“…” in closing the branches – as described by X –": a side clause a few words after the quote.
  for (let i = q + 1; i < Math.min(tokens.length - 3, q + 12); i++) {
    const t = tokens[i]!
    if (t.kind === 'quote' || t.kind === 'end') break
    if (t.kind !== 'punct' || !/^(?:,|\(|[—–-]+)$/.test(t.text) || tokens[i + 1]!.lower !== 'as') continue
    const verb = tokens[i + 2]!
    if (verb.kind === 'word' && /ed$/.test(verb.lower) && reportingVerbs.has(verb.lower) && tokens[i + 3]!.lower === 'by') return agentAt(tokens, i + 2, i + 4)
  }
  // "been called “…” by X": a passive verb before the quote, "by" right after it.
  if (tokens[q + 1]?.lower !== 'by') return null
  let v = q - 1
  while (v > q - 4 && tokens[v]?.kind === 'word' && (determiners.has(tokens[v]!.lower) || tokens[v]!.lower === 'as')) v--
  const verb = tokens[v]
  if (!verb || verb.kind !== 'word' || !/ed$/.test(verb.lower) || !reportingVerbs.has(verb.lower)) return null
  let k = v - 1
  while (tokens[k]?.kind === 'word' && !passiveMarkers.has(tokens[k]!.lower) && (verbModifiers.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k--
  if (!passiveMarkers.has(tokens[k]?.lower ?? '')) return null
  return agentAt(tokens, v, q + 2)
}

/** The agent phrase at `from`, with the verb at `v` as the cue. */
function agentAt(tokens: readonly FrameToken[], v: number, from: number): Attribution | null {
  const phrase = phraseAfter(tokens, from, Math.min(tokens.length, from + 12))
  if (!phrase) return null
  const t = tokens[v]!
  return {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'after'}
}
