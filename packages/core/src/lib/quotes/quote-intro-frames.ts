import type {FrameToken} from './frame.js'
import {phraseAfter, subjectBefore} from './noun-phrase.js'
import {reportingVerbs} from './reporting-verbs.js'
import {cueOf, skipAside, type Attribution} from './attribution.js'

// Frames that attribute a quote before it without a plain speech verb and subject:
// a dash label, "according to X", "by X as", "as X put it", "was asked by X".

/** "Pollsters agree - Dana Okafor: “…”": a name set off by a dash before the colon labels the quote. */
export function dashLabel(tokens: readonly FrameToken[], q: number, lo: number): Attribution | null {
  const phrase = subjectBefore(tokens, q - 1, lo)
  const dash = phrase ? tokens[phrase.from - 1] : undefined
  if (!phrase || phrase.pronoun || !dash || dash.kind !== 'punct' || !/^[―—–-]+$/.test(dash.text)) return null
  for (let k = phrase.from; k <= phrase.to; k++) if (!tokens[k]!.cap) return null
  return {phrase, cue: {start: tokens[q - 1]!.start, end: tokens[q - 1]!.end, type: 'colon'}, place: 'before'}
}

export function findAccording(tokens: readonly FrameToken[], lo: number, end: number): Attribution | null {
  for (let i = lo; i < end - 1; i++) {
    const t = tokens[i]!
    if ((t.lower === 'according' && tokens[i + 1]!.lower === 'to') || (t.lower === 'per' && tokens[i + 1]!.kind === 'word')) {
      const k = t.lower === 'per' ? i + 1 : i + 2
      const phrase = phraseAfter(tokens, k, end)
      if (phrase) return {phrase, cue: {start: t.start, end: tokens[k - 1]!.end, type: 'according-to'}, place: 'before'}
    }
  }
  return null
}

/** "scrapped by Marle as a “needless chore”": the agent of a passive with "as". */
export function agent(tokens: readonly FrameToken[], q: number, lo: number): Attribution | null {
  for (let i = q - 1; i >= Math.max(lo, q - 5); i--) {
    if (tokens[i]!.lower !== 'as') continue
    for (let b = i - 1; b >= Math.max(lo, i - 5); b--) {
      if (tokens[b]!.lower !== 'by') continue
      const phrase = phraseAfter(tokens, b + 1, i)
      if (phrase && phrase.to === i - 1 && !/ing$/.test(tokens[phrase.from]!.lower)) return {phrase, cue: {start: tokens[b]!.start, end: tokens[b]!.end, type: 'verb'}, place: 'before'}
    }
  }
  return null
}

/** "as X put it", "as X puts it": X, with "put" as the cue. */
export function asPutIt(tokens: readonly FrameToken[], lo: number, end: number): Attribution | null {
  for (let i = lo; i < end - 3; i++) {
    if (tokens[i]!.lower !== 'as') continue
    const phrase = phraseAfter(tokens, i + 1, end)
    if (!phrase) continue
    const k = skipAside(tokens, phrase.to + 1)
    if (['put', 'puts'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'it') return {phrase: {...phrase, appositive: k > phrase.to + 1}, cue: cueOf(tokens, k), place: 'before'}
  }
  return null
}

/** Lemmas whose passive with an agent names who put the quoted question ("was asked by the host"). */
export const askingLemmas = new Set(['ask', 'question', 'press'])
export const finitePassive = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'gets', 'get'])

/** "Okafor was asked by moderator Lee Park whether “…”": the agent asked the quoted words. */
export function askedBy(tokens: readonly FrameToken[], from: number, end: number): Attribution | null {
  for (let i = from; i < end - 1; i++) {
    const t = tokens[i]!
    // A finite passive only: "Asked by Park about it, Okafor said …" is Okafor's.
    if (t.kind !== 'word' || !/ed$/.test(t.lower) || tokens[i + 1]!.lower !== 'by' || !finitePassive.has(tokens[i - 1]?.lower ?? '')) continue
    const lemma = reportingVerbs.get(t.lower)
    if (!lemma || !askingLemmas.has(lemma)) continue
    const phrase = phraseAfter(tokens, i + 2, end)
    if (phrase && !phrase.pronoun && tokens.slice(phrase.from, phrase.to + 1).some((u) => u.cap)) return {phrase, cue: cueOf(tokens, i), place: 'before'}
  }
  return null
}
