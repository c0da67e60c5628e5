import type {Attribution} from './attribution.js'
import type {Frame, FrameToken} from './frame.js'
import {phraseAfter} from './noun-phrase.js'
import {verbAt} from './verb-forms.js'

/**
 * A paragraph that is only a quote, attributed by the paragraph after it pointing
 * back to it: "That was Ms. Pellow, speaking after the vote.", "Those were the words
 * of Ms. Pellow.", "So said Ms. Pellow on Friday.", "Ms. Pellow said that after the
 * vote." (a demonstrative, not a "that" clause). The phrase named there speaks.
 */
export function backReference(frames: readonly Frame[], frame: Frame, q: number): Attribution | null {
  const {tokens} = frame
  for (let k = 0; k < tokens.length; k++) if (k !== q && tokens[k]!.kind !== 'end') return null
  const next = frames[frames.indexOf(frame) + 1]
  if (!next || next.block !== frame.block + 1) return null
  const t = next.tokens
  const first = t[0]
  if (!first || first.kind !== 'word' || !first.cap) return null
  // "That was Ms. Pellow", "Those were the words of Ms. Pellow".
  if (demonstratives.has(first.lower) && copulas.has(t[1]?.lower ?? '')) {
    const of = t[2]?.lower === 'the' && wordNouns.has(t[3]?.lower ?? '') && t[4]?.lower === 'of' ? 5 : 2
    return named(t, of, {start: t[1]!.start, end: t[1]!.end, type: 'verb'})
  }
  // "So said Ms. Pellow".
  if (first.lower === 'so' && verbAt(t, 1)) return named(t, 2, {start: t[1]!.start, end: t[1]!.end, type: 'verb'})
  // "Ms. Pellow said that after the vote.", "Pellow wrote those words in 2019."
  const phrase = phraseAfter(t, 0, Math.min(t.length, 8))
  const v = phrase ? phrase.to + 1 : -1
  if (!phrase || phrase.pronoun || !t[phrase.from]!.cap || !verbAt(t, v)) return null
  let k = v + 1
  if (!demonstratives.has(t[k]?.lower ?? '')) return null
  k++
  if (wordNouns.has(t[k]?.lower ?? '')) k++
  const after = t[k]
  if (after && after.kind === 'word' && !pointers.has(after.lower)) return null
  return {phrase, cue: {start: t[v]!.start, end: t[v]!.end, type: 'verb'}, place: 'after'}
}

/** A capitalised phrase at `i` that ends the clause (or an aside or a time or place follows it). */
function named(t: readonly FrameToken[], i: number, cue: Attribution['cue']): Attribution | null {
  const phrase = phraseAfter(t, i, Math.min(t.length, i + 8))
  if (!phrase || phrase.pronoun || !t[phrase.from]!.cap) return null
  const after = t[phrase.to + 1]
  if (after && after.kind === 'word' && !pointers.has(after.lower)) return null
  return {phrase, cue, place: 'after'}
}

const demonstratives = new Set(['that', 'this', 'those', 'these'])
const copulas = new Set(['was', 'were', 'is', 'are'])
const wordNouns = new Set(['words', 'word', 'line', 'lines', 'message', 'verdict', 'view'])
/** Words of time and place that may follow the name or "said that" when "that" points back, not a clause. */
const pointers = new Set(['after', 'before', 'on', 'in', 'at', 'during', 'when', 'while', 'last', 'this', 'to', 'from', 'again', 'later', 'earlier', 'yesterday', 'today', 'tonight', 'then'])
