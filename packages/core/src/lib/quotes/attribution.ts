import {splitCount} from '../white-space.js'
import {sentenceBounds} from './sentence-bounds.js'
import type {FrameToken} from './frame.js'
import type {NounPhrase} from './noun-phrase.js'
import {reportingVerbs, verbParticles} from './reporting-verbs.js'
import type {CueType} from './types.js'

/** What the rules found for one quote: the speaker phrase and the cue. */
export interface Attribution {
  phrase: NounPhrase
  cue: {start: number, end: number, type: CueType}
  /** Where the cue stood: right after the quote, before it, or later in the sentence. */
  place: 'after' | 'before' | 'later'
}

/**
 * The window of tokens a quote's cue may stand in: its sentence, cut at an earlier
 * quote that ended one, and at most `reach` tokens on either side of the quote (a cue
 * stands near its quote; without the bound, a "sentence" of thousands of quotes made
 * every quote's search as long as the sentence).
 */
export function sentenceWindow(tokens: readonly FrameToken[], q: number): [number, number] {
  const {first, last} = sentenceBounds(tokens, endsSentence)
  return [Math.max(first[q]!, q - reach), Math.min(last[q]!, q + reach)]
}

/** Tokens a cue may stand from its quote, each way: far more than any real sentence holds. */
const reach = 120

/** A quote whose words end with . ? ! and that is followed by a capitalised word ended its sentence. */
function endsSentence(tokens: readonly FrameToken[], i: number): boolean {
  const t = tokens[i]!
  if (t.kind !== 'quote') return false
  const next = tokens[i + 1]
  // The next token first: in a run of quotes it is no word, and the text is not read.
  return next !== undefined && next.kind === 'word' && next.cap && /[.?!…]\s*["'“”‘’«»]?\s*$/.test(t.text)
}

/** The cue span of the verb at `v`, with its particle ("pointed out"). */
export function cueOf(tokens: readonly FrameToken[], v: number, type: CueType = 'verb'): Attribution['cue'] {
  const t = tokens[v]!
  const next = tokens[v + 1]
  const end = next && next.kind === 'word' && verbParticles.has(next.lower) && type === 'verb' && reportingVerbs.get(t.lower) !== 'say' ? next.end : t.end
  return {start: t.start, end, type}
}

/** Skip ", a Kremlin envoy," or "(R-Texas)" after a name. */
export function skipAside(tokens: readonly FrameToken[], j: number): number {
  const t = tokens[j]
  if (!t || t.kind !== 'punct') return j
  const close = t.text === '(' ? ')' : t.text === ',' ? ',' : null
  if (!close) return j
  for (let k = j + 1; k < Math.min(tokens.length, j + 16); k++) {
    const u = tokens[k]!
    // A short quoted title may sit inside the aside (", wearing “Okafor” pins,").
    if ((u.kind === 'quote' && splitCount(u.text) > 5) || u.kind === 'end') return j
    if (u.kind === 'punct' && u.text === close) return k + 1
  }
  return j
}
