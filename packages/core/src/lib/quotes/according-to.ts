import type {FrameToken} from './frame.js'
import {determiners} from './function-words.js'
import {phraseAfter, type NounPhrase} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd, opening, ownVerb} from './reported-content.js'

/** "according to X, P", "P, according to X", "A, according to X, B". */
export function accordingTo(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  if (tokens[v + 1]?.lower !== 'to') return null
  let phrase = phraseAfter(tokens, v + 2, hi + 1) ?? documentPhrase(tokens, v + 2, hi)
  // "according to a first count of ballots taken for the Riverton board, P": the source runs to its comma.
  const whole = sourceToComma(tokens, v + 2, hi)
  if (whole && (!phrase || (phrase.to < whole.to && tokens[phrase.to + 1]?.text !== ','))) phrase = whole
  if (!phrase) return null
  const cue = {start: tokens[v]!.start, end: tokens[v + 1]!.end, type: 'according-to' as const}
  const after = tokens[phrase.to + 1]
  const start = opening(tokens, lo)
  if (v <= start) {
    if (after?.text !== ',') return null
    const end = contentEnd(tokens, phrase.to + 2, hi)
    return end > phrase.to + 1 ? {phrase, cue, place: 'before', content: [phrase.to + 2, end], lemma: null} : null
  }
  const before = tokens[v - 1]!.text === ',' ? v - 2 : v - 1
  if (before < start || tokens.slice(start, before + 1).some((x) => x.kind === 'quote')) return null
  // "A, according to X, B": the content runs on past the aside, unless A is a whole
  // clause and B the writer's own comment ("…, according to the poll, where …").
  const end = after?.text === ',' && tokens[v - 1]!.text === ',' && phrase.to + 2 <= hi && !ownVerb(tokens, start, before + 1) ? contentEnd(tokens, phrase.to + 2, hi) : before
  return {phrase, cue, place: 'later', content: [start, Math.max(before, end)], lemma: null}
}

/** The most tokens an "according to" source may span before its comma. */
const sourceReach = 25

/** The words from `i` to the next comma or the sentence's end, when no quote or clause break stands between. */
function sourceToComma(tokens: readonly FrameToken[], i: number, hi: number): NounPhrase | null {
  let j = i
  while (j <= hi && j - i < sourceReach && (tokens[j]!.kind === 'word' || ['(', ')', '&', '-', '/', '.'].includes(tokens[j]!.text))) j++
  if (j === i || tokens[i]!.kind !== 'word' || (j <= hi && tokens[j]!.text !== ',')) return null
  let to = j - 1
  while (to > i && tokens[to]!.kind !== 'word') to--
  return {from: i, to, start: tokens[i]!.start, end: tokens[to]!.end, pronoun: false, appositive: false}
}

/** "a report in the Riverton Ledger" after "according to": a determiner and the words up to a comma. */
function documentPhrase(tokens: readonly FrameToken[], i: number, hi: number): NounPhrase | null {
  const first = tokens[i]
  if (!first || first.kind !== 'word' || !determiners.has(first.lower)) return null
  let j = i + 1
  while (j <= hi && j - i < 8 && tokens[j]!.kind === 'word') j++
  if (j === i + 1) return null
  return {from: i, to: j - 1, start: first.start, end: tokens[j - 1]!.end, pronoun: false, appositive: false}
}
