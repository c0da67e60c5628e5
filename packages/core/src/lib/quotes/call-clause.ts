import type {FrameToken} from './frame.js'
import {determiners} from './function-words.js'
import {subjectBefore} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'
import {subjectLike} from './verb-complements.js'

/** Forms of "call" that judge what they name. */
const callForms = new Set(['call', 'calls', 'called', 'calling'])
/** Object pronouns that open the thing judged ("called him a liar"). */
const objectPronouns = new Set(['him', 'her', 'them', 'it', 'this', 'that', 'himself', 'herself', 'themselves', 'itself'])
/** Words before "call" that make it the subject's own verb ("has called", "also calls"). */
const auxiliaries = new Set(['has', 'have', 'had', 'also', 'once', 'repeatedly', 'even', 'then', 'publicly', 'previously', 'again', 'and', 'who', 'by', 'after', 'while'])
/** Words after "a" that count or time, not judge ("called the police a second time"). */
const counted = new Set(['second', 'third', 'fourth', 'few', 'couple', 'lot', 'number', 'day', 'week', 'month', 'year', 'time', 'dozen', 'hundred', 'thousand', 'million', 'total', 'half'])
/** The most words of the object before its judging noun phrase ("the new tunnel plan for Marle"). */
const objectReach = 7

/**
 * "Reyes called the tunnel plan a waste of money", "Lund has called him a liar": "call"
 * with an object and a noun phrase that judges it (a small clause) reports the
 * subject's judgment; the content is object and judgment together. "called a
 * meeting", "called the police", "called for …" judge nothing: a second "a"/"an"
 * phrase after the object is what makes the judgment.
 */
export function callClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (!callForms.has(t.lower) || t.cap) return null
  const before = tokens[v - 1]
  if (!before || before.kind !== 'word' || !(subjectLike(before) || auxiliaries.has(before.lower) || (!determiners.has(before.lower) && !before.possessive && /[a-z]$/.test(before.lower)))) return null
  if (['being', 'was', 'were', 'is', 'are', 'be', 'been'].includes(before.lower)) return null
  const from = v + 1
  const first = tokens[from]
  if (!first || first.kind !== 'word' || !(objectPronouns.has(first.lower) || first.cap || first.possessive || (determiners.has(first.lower) && !['a', 'an'].includes(first.lower)))) return null
  let judge = -1
  for (let k = from + 1; k <= Math.min(hi, from + objectReach); k++) {
    const w = tokens[k]!
    if (w.kind !== 'word') return null
    if (['a', 'an'].includes(w.lower) && !['of', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'from', 'as', 'into', 'such'].includes(tokens[k - 1]!.lower)) { judge = k; break }
    if (objectPronouns.has(first.lower)) return null
  }
  if (judge < 0 || tokens[judge + 1]?.kind !== 'word' || counted.has(tokens[judge + 1]!.lower)) return null
  const phrase = subjectBefore(tokens, v, lo)
  if (!phrase) return null
  const end = contentEnd(tokens, judge + 1, hi, 'predicate')
  if (end <= judge) return null
  return {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content: [from, end], lemma: 'call'}
}
