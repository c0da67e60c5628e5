import type {FrameToken} from './frame.js'
import {markedTermTriggers} from './marked-term-triggers.js'
import type {MarkedRun} from './scan-quote-marks.js'
import {isShowTitle} from './show-title.js'
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
    if (pattern.test(before) && !(reason === 'title' && readsAsVerb(tokens, q, lo))) return {text: content, start: run.start, end: run.end, reason, marks: {open: run.openMark, close: run.closeMark}}
  }
  if (isShowTitle(text, tokens, q, lo, run)) return {text: content, start: run.start, end: run.end, reason: 'title', marks: {open: run.openMark, close: run.closeMark}}
  return null
}

// Title nouns that are also verbs: after a plural noun, a pronoun or an auxiliary they
// report what something says ("the filings show ‘…’", "they report ‘…’"), which is speech
// or evidence, not a title ("the show ‘…’", "a Tarrow Radio report ‘…’").
const nounOrVerb = /^(?:show|play|report|program|programme)$/i
const subjectOrAuxiliary = /^(?:they|we|you|i|these|those|which|who|will|would|could|can|may|might|should|must|do|does|did|also|clearly|to)$/i

function readsAsVerb(tokens: readonly FrameToken[], q: number, lo: number): boolean {
  const word = tokens[q - 1]?.text ?? ''
  if (q - 1 < lo || !nounOrVerb.test(word) || q - 2 < lo) return false
  const prior = tokens[q - 2]!.text
  return subjectOrAuxiliary.test(prior) || /^[a-z][a-z-]*[^s']s$/.test(prior)
}
