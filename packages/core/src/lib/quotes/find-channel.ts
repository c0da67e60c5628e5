import type {Span} from '../types.js'
import type {MarkedRun} from './scan-quote-marks.js'
import {channelPatterns} from './channels.js'
import type {Channel} from './types.js'

const compiled = channelPatterns.map(({kind, pattern}) => ({kind, global: new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')}))

/**
 * The channel named in `masked[span]` (the quote's sentence, quoted words
 * blanked), nearest to the cue when several match. Offsets stay those of the
 * article text because blanking keeps lengths.
 */
export function findChannel(masked: string, span: Span, cueAt: number): Channel | null {
  const sentence = masked.slice(span.start, span.end)
  let best: Channel | null = null
  let bestDistance = Infinity
  for (const {kind, global} of compiled) {
    global.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = global.exec(sentence)) !== null) {
      const start = span.start + match.index
      const distance = Math.abs(start - cueAt)
      if (distance < bestDistance) {
        bestDistance = distance
        const platform = match.slice(1).find((g) => g !== undefined) ?? null
        best = {kind, text: match[0], start, end: start + match[0].length, platform}
      }
    }
    if (best) break
  }
  return best
}

/** The text with every quoted run's content blanked, lengths kept. */
export function maskRuns(text: string, runs: readonly MarkedRun[]): string {
  let out = ''
  let at = 0
  for (const run of runs) {
    out += text.slice(at, run.start) + ' '.repeat(run.end - run.start)
    at = run.end
  }
  return out + text.slice(at)
}
