import {sentenceWindow, type Attribution} from './attribution.js'
import type {Frame} from './frame.js'
import {phraseAfter} from './noun-phrase.js'

/**
 * A signature line under a quote: the paragraph after the one the quote closes is
 * only a dash and a name, perhaps with a description ("― Dana Okafor.", "- Okafor,
 * mayor of Riverton"). The quote at token `q` must be the last thing in its
 * paragraph but for its end mark; the name is its speaker.
 */
export function signatureLine(text: string, frames: readonly Frame[], frame: Frame, q: number): Attribution | null {
  const {tokens} = frame
  for (let k = q + 1; k < tokens.length; k++) if (tokens[k]!.kind !== 'end') return null
  // A signature signs a quote that stands as its sentence, never words woven into the
  // writer's ("… and called him “my neighbour.”" over "- Reuters.", a wire credit).
  const [lo] = sentenceWindow(tokens, q)
  for (let k = lo; k < q; k++) if (tokens[k]!.kind === 'word') return null
  const next = frames[frames.indexOf(frame) + 1]
  if (!next || next.block !== frame.block + 1 || next.tokens.length > maxTokens) return null
  let first = 1
  const mark = next.tokens[0]
  let dash = mark ? {start: mark.start, end: mark.end} : {start: 0, end: 0}
  if (!mark || mark.kind !== 'punct' || !/^[―—–-]+$/.test(mark.text)) {
    // "- Dana Okafor." read as a list item: the dash is the item's mark, before the block.
    let k = next.tokens[0]?.start ?? 0
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--
    if (k === 0 || !/[―—–-]/.test(text[k - 1]!) || (k > 1 && text[k - 2] !== '\n')) return null
    dash = {start: k - 1, end: k}
    first = 0
  }
  if (!next.tokens[first]?.cap) return null
  const phrase = phraseAfter(next.tokens, first, next.tokens.length)
  if (!phrase || phrase.pronoun) return null
  const after = next.tokens[phrase.to + 1]
  if (after && after.kind !== 'end' && after.text !== ',' && after.text !== '(') return null
  return {phrase, cue: {start: dash.start, end: dash.end, type: 'dash'}, place: 'after'}
}

/** A signature line is short: a name and a few words of description. */
const maxTokens = 16
