import type {Span} from '../types.js'
import {denialRegex} from './denial-words.js'
import {hedgeRegex} from './hedge-words.js'
import type {Stance, StanceCue} from './types.js'

/**
 * Every hedge and denial word in a text, in order: found once per article, then
 * handed to `findStance` for each claim (running the word lists per sentence from
 * its start would scan the rest of the article each time).
 */
export function findStanceWords(text: string): StanceCue[] {
  const cues: StanceCue[] = []
  for (const [regex, kind] of [[denialRegex, 'denial'], [hedgeRegex, 'hedge']] as const) {
    regex.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = regex.exec(text))) {
      const start = m.index
      const end = start + m[0].length
      if (m[0].length === 0) { regex.lastIndex++; continue }
      // Denials first: a word in both lists ("disputed claims") keeps its denial.
      if (kind === 'hedge' && cues.some((c) => start < c.end && end > c.start)) continue
      cues.push({text: m[0], start, end, kind})
    }
  }
  return cues.sort((a, b) => a.start - b.start)
}

/**
 * The stance of a claim and the words that make it: denied when a denial word is
 * in it ("dismissed", "complete fabrication", "lies"), else hedged when a hedge is
 * ("alleged", "reportedly", "what he called"), else attributed when a source
 * asserts it ("according to X" included: attribution is not distance), else asserted. Denial wins over hedging because a reported denial is
 * the stronger signal that the fact is in dispute.
 *
 * Known limit: word lists, no scope: "not alleged" is still a hedge, and a denial
 * anywhere in the sentence marks the whole sentence.
 *
 * @param words The article's hedge and denial words (`findStanceWords`).
 * @param span The claim.
 * @param attribution The reporting verb or "according to" giving it to a source, when there is one.
 * @param sourced Whether a source (not the outlet) asserts it, with or without a cue in the sentence.
 */
export function findStance(words: readonly StanceCue[], span: Span, attribution: StanceCue | null, sourced = attribution !== null): {stance: Stance, cues: StanceCue[]} {
  const cues: StanceCue[] = []
  for (const cue of words) {
    if (cue.start < span.start || cue.end > span.end) continue
    // "according to" is both the attribution cue and a hedge: keep one cue.
    if (attribution && cue.start === attribution.start && cue.kind === 'hedge') continue
    cues.push({...cue})
  }
  if (attribution) cues.push(attribution)
  cues.sort((a, b) => a.start - b.start)
  const stance: Stance = cues.some((c) => c.kind === 'denial') ? 'denied'
    : cues.some((c) => c.kind === 'hedge') ? 'hedged'
      : sourced ? 'attributed' : 'asserted'
  return {stance, cues}
}
