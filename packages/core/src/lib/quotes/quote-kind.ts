import type {Attribution} from './attribution.js'
import type {FrameToken} from './frame.js'
import type {MarkedRun} from './scan-quote-marks.js'
import type {Quote, QuoteKind} from './types.js'
import {wordCount} from '../white-space.js'

/**
 * Direct when the quote stands as the sentence (cue aside) or after a colon; else partial or mixed by length. */
export function kindOf(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun, attribution: Attribution | null): QuoteKind {
  const previous = q > lo ? tokens[q - 1]! : null
  const content = text.slice(run.start, run.end)
  const upper = /^[\s…."'“‘(\[]*\p{Lu}/u.test(content)
  const words = wordCount(content)
  if (!previous || previous.text === ':' || (previous.text === ',' && upper)) return 'direct'
  const own = attribution && attribution.place === 'before' ? [attribution.phrase.from, attribution.phrase.to] : null
  let other = false
  // A loop, not a copy of the window per quote: a run of thousands of quotes made that most of the quote time's garbage.
  for (let i = lo; i < q && !other; i++) {
    const t = tokens[i]!
    other = t.kind === 'word' && (!own || i < own[0]! || i > own[1]!) && !isCueWord(t, attribution) && !['and', 'but', 'that'].includes(t.lower)
  }
  if (!other && upper) return 'direct'
  if (words >= 6 || /[.?!]["'”’]?$/.test(content.trim())) return 'mixed'
  return 'partial'
}

/** Nothing but the quote (and at most a conjunction) in its sentence. */
export function standalone(tokens: readonly FrameToken[], q: number, lo: number, hi: number): boolean {
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.kind === 'word' && !['and', 'but', 'so'].includes(t.lower)).length
  return words(lo, q) === 0 && words(q + 1, hi + 1) === 0
}

function isCueWord(t: FrameToken, attribution: Attribution | null): boolean {
  return attribution !== null && t.start >= attribution.cue.start && t.end <= attribution.cue.end
}

/** What a quote takes from its marked run: text, span, kind and marks (in the order a Quote lists them). */
export function quoteOfRun(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun, attribution: Attribution | null): Pick<Quote, 'text' | 'start' | 'end' | 'kind' | 'marks'> {
  return {
    text: text.slice(run.start, run.end),
    start: run.start,
    end: run.end,
    kind: kindOf(text, tokens, q, lo, run, attribution),
    marks: {open: run.openMark, close: run.closeMark}
  }
}

/** The quote's cue: the attribution's reporting word or mark, with its text. */
export function cueOf(text: string, attribution: Attribution | null): Quote['cue'] {
  return attribution ? {text: text.slice(attribution.cue.start, attribution.cue.end), ...attribution.cue} : null
}
