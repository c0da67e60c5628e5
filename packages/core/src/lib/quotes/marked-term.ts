import type {FrameToken} from './frame.js'
import {markedTermTriggers} from './marked-term-triggers.js'
import type {MarkedRun} from './scan-quote-marks.js'
import type {MarkedTerm} from './types.js'
import {splitCount} from '../white-space.js'

/**
 * The run at token `q` as a marked term when the words before it make it a name,
 * a title or a so-called term (six words at most); else null.
 */
export function markedTerm(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun): MarkedTerm | null {
  if (splitCount(text, run.start, run.end) > 6) return null
  const content = text.slice(run.start, run.end)
  const before = tokens.slice(Math.max(lo, q - 3), q).map((t) => t.text).join(' ')
  for (const {pattern, reason} of markedTermTriggers) {
    if (pattern.test(before)) return {text: content, start: run.start, end: run.end, reason, marks: {open: run.openMark, close: run.closeMark}}
  }
  return null
}
