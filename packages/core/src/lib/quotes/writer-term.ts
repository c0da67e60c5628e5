import type {FrameToken} from './frame.js'
import {kindOf} from './quote-kind.js'
import type {MarkedRun} from './scan-quote-marks.js'
import {wordCount} from '../white-space.js'

/**
 * A few quoted words woven into the writer's own sentence with no cue of their own
 * ("the “Solid South” no longer held", "a “road” where goods pass through"): the
 * writer's use of a term or of words quoted earlier, so no speaker is carried on to
 * it from an earlier quote. On PolNeAR train, of such runs of up to three words
 * that the carry-over gave a speaker, the reference gave that speaker to 6 (odd
 * half) and 4 (even), and no source or no attribution at all to 51 and 43.
 */
export function writerTerm(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun): boolean {
  return wordCount(text.slice(run.start, run.end)) <= maxTermWords && kindOf(text, tokens, q, lo, run, null) === 'partial'
}

/** The most words a writer's term in marks runs to. */
const maxTermWords = 3
