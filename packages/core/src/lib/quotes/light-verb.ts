import type {FrameToken} from './frame.js'
import {subjectPronouns} from './function-words.js'
import {subjectBefore} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'
import {clauseFollows} from './verb-forms.js'

/** Forms of "make", the light verb of these phrases. */
const makeForms = new Set(['make', 'makes', 'made', 'making'])

/**
 * What follows "make" in a phrase that reports (support-verb constructions: "made
 * clear that P", "made no mention of X", "made the case for X", "made no secret of
 * X"), as word sequences; a last word "that" or "of"/"for" opens the content, and a
 * phrase ending in "clear" takes a clause.
 */
const phrases: ReadonlyArray<readonly string[]> = [
  ['clear'], ['it', 'clear'], ['plain'], ['it', 'plain'],
  ['no', 'mention', 'of'], ['mention', 'of'], ['no', 'secret', 'of'], ['no', 'apologies', 'for'],
  ['the', 'case', 'for'], ['the', 'case', 'that'], ['a', 'case', 'for'], ['his', 'case', 'for'], ['her', 'case', 'for'],
  ['their', 'case', 'for'], ['a', 'plea', 'for'], ['a', 'pitch', 'for'], ['the', 'argument', 'that'],
  ['a', 'commitment', 'to'], ['a', 'promise', 'to'], ['the', 'point', 'that']
]

/** The most words of time or place between "made clear" and its "that" ("made clear on Tuesday night that"). */
const thatReach = 6

/**
 * "Okafor made clear that P", "Lund made no mention of X": a reporting phrase built
 * on "make" at token `v`; the subject before it is the source.
 */
export function lightVerbClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (t.cap || !makeForms.has(t.lower)) return null
  const phrase = phrases.find((words) => words.every((w, i) => tokens[v + 1 + i]?.kind === 'word' && tokens[v + 1 + i]!.lower === w))
  if (!phrase) return null
  const last = v + phrase.length
  let from = last + 1
  if (phrase[phrase.length - 1] === 'clear' || phrase[phrase.length - 1] === 'plain') {
    // "made clear Tuesday that …", "made it clear he would …"
    let k = from
    while (k <= hi && k - from < thatReach && tokens[k]!.kind === 'word' && tokens[k]!.lower !== 'that') k++
    if (k <= hi && tokens[k]!.lower === 'that') from = k + 1
    else if (!clauseFollows(tokens, from) && !subjectPronouns.has(tokens[from]?.lower ?? '')) return null
  }
  if (from > hi || tokens[from]!.kind !== 'word') return null
  const subject = subjectBefore(tokens, v, lo)
  if (!subject) return null
  const clause = phrase[phrase.length - 1] !== 'of' && phrase[phrase.length - 1] !== 'for'
  const end = contentEnd(tokens, from, hi, clause ? 'clause' : 'object')
  if (end < from) return null
  return {phrase: subject, cue: {start: t.start, end: tokens[last]!.end, type: 'verb'}, place: 'before', content: [from, end], lemma: null}
}
