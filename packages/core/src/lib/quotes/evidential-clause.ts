import {beForms, evidentialPassives, hearsayAdverbs, raisingVerbs} from './evidential-cues.js'
import type {FrameToken} from './frame.js'
import {contentEnd, opening} from './reported-content.js'

/** A clause the writer reports on evidence or hearsay, with no one named as its source. */
export interface EvidentialClause {
  /** The evidential words ("seems", "is expected"). */
  cue: {start: number, end: number}
  /** Tokens of the proposition, inclusive: its subject and predicate. */
  content: [number, number]
}

/** Words that open a subordinate or second clause: an evidential past them is not the main clause's. */
export const subordinators: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'because', 'while', 'whereas', 'when', 'although', 'though', 'whether', 'unless', 'until', 'since', 'as', 'where', 'and', 'but', 'or', 'so', 'after', 'before', 'once'])
/** The most tokens from the sentence's start to its evidential words. */
const subjectReach = 20
/** Adverbs that may stand between "is" and an evidential participle ("is widely expected to"). */
const passiveAdverbs = new Set(['widely', 'generally', 'also', 'not', 'still', 'now', 'largely', 'broadly'])
/** Words after "appear" that make it evidential ("appeared likely", "appears poised"), besides "to" and "that". */
const appearComplements = new Set(['likely', 'unlikely', 'poised', 'ready', 'eager', 'willing', 'unable', 'able', 'determined', 'intent', 'confident', 'increasingly', 'more', 'less', 'so', 'too', 'very', 'set', 'open', 'reluctant', 'certain', 'uncertain'])
/** Words after "it seems," that still lead to its "that" ("it appears, though, that …"). */
const asideWords = new Set(['though', 'however', 'now', 'then', 'also'])

/**
 * The evidential clause of one sentence, tokens [lo, hi], when the sentence's own
 * main clause is hedged: "The sale is expected to close in May", "Okafor seems
 * ready to run", "It appears that the mill will close". The content is the
 * clause, subject and predicate ("that P" alone after a dummy "it").
 *
 * Only a subject that opens the sentence counts here: an evidential inside a
 * relative or adverbial clause ("…, which is expected to draw crowds", "if the plan
 * seems fair") hedges background, which attribution corpora annotate less often (on
 * PolNeAR train, 0.65 of main-clause evidentials are annotated, half of the others);
 * `findMainEvidential` reads those only when the main clause holds none.
 */
export function findEvidentialClause(tokens: readonly FrameToken[], lo: number, hi: number): EvidentialClause | null {
  return evidentialFrom(tokens, opening(tokens, lo), hi)
}

/**
 * The evidential clause whose subject opens at `start`, or null. A `relative`
 * clause's pronoun is its subject ("which is expected to draw crowds").
 */
export function evidentialFrom(tokens: readonly FrameToken[], start: number, hi: number, relative = false): EvidentialClause | null {
  const opener = !relative && subordinators.has(tokens[start]?.lower ?? '')
  for (let v = start + 1; v <= hi; v++) {
    const t = tokens[v]!
    if (t.kind !== 'word' || t.cap) continue
    // "The economy, until recently, seemed …": one aside between commas may part the subject from its verb.
    if (tokens[v - 1]!.text === ',' && v - 1 > start) {
      const verb = pastAside(tokens, v, hi)
      return verb < 0 || opener ? null : evidentialAt(tokens, start, verb, hi)
    }
    // The subject ends at the first comma or quotation: past it, the main clause's verb is behind us.
    if (tokens[v - 1]!.kind !== 'word' || v - start > subjectReach || subordinators.has(t.lower) || opener) return null
    const from = raisingAt(tokens, v) || hearsayAt(tokens, v) ? v : passiveAt(tokens, v, start)
    if (from >= 0) return clauseOf(tokens, start, from, v, hi)
  }
  return null
}

/** Words an aside inside a subject may span ("until recently", "casting herself as a champion of workers"). */
const asideReach = 12

/** The token after a subject's aside that opens at `v` and closes with a comma, or -1. */
function pastAside(tokens: readonly FrameToken[], v: number, hi: number): number {
  for (let k = v; k <= Math.min(hi, v + asideReach); k++) {
    const t = tokens[k]!
    if (t.text === ',') return k > v && tokens[k + 1]?.kind === 'word' ? k + 1 : -1
    if (t.kind !== 'word') return -1
  }
  return -1
}

/** The evidential clause whose words open at `v`, right after its subject from `start`, or null. */
function evidentialAt(tokens: readonly FrameToken[], start: number, v: number, hi: number): EvidentialClause | null {
  if (raisingAt(tokens, v)) return clauseOf(tokens, start, v, v, hi)
  for (let k = v; k <= Math.min(hi, v + 2); k++) {
    const be = passiveAt(tokens, k, start)
    if (be >= v) return clauseOf(tokens, start, be, k, hi)
  }
  return null
}

/** "Okafor reportedly met the board": a hearsay adverb before its clause's verb (or auxiliary). */
function hearsayAt(tokens: readonly FrameToken[], v: number): boolean {
  const next = tokens[v + 1]
  return hearsayAdverbs.has(tokens[v]!.lower) && next?.kind === 'word' && !next.cap
}

/** "seems to", "appeared likely", "seems ready": a raising verb with its complement. */
function raisingAt(tokens: readonly FrameToken[], v: number): boolean {
  const lemma = raisingVerbs.get(tokens[v]!.lower)
  const next = tokens[v + 1]
  if (!lemma || !next || next.kind !== 'word') return false
  if (next.lower === 'to') return tokens[v + 2]?.kind === 'word'
  // "appeared on television", "appeared at a rally": appearing in person, not seeming.
  return lemma === 'seem' || next.lower === 'that' || appearComplements.has(next.lower) || (/(?:ed|ly)$/.test(next.lower) && !next.cap)
}

/** "is expected to", "are widely believed to", "it is said that": the token of "be", or -1. */
function passiveAt(tokens: readonly FrameToken[], v: number, start: number): number {
  if (!evidentialPassives.has(tokens[v]!.lower)) return -1
  const next = tokens[v + 1]?.lower
  if (next !== 'to' && next !== 'that') return -1
  let be = v - 1
  while (be > start && passiveAdverbs.has(tokens[be]!.lower)) be--
  return be > start && beForms.has(tokens[be]!.lower) ? be : -1
}

/** The clause from `start` with its evidential words at [from, v]; "It seems (that) P" gives P. */
function clauseOf(tokens: readonly FrameToken[], start: number, from: number, v: number, hi: number): EvidentialClause | null {
  const cue = {start: tokens[from]!.start, end: tokens[v]!.end}
  let first = start
  let after = v + 1
  if (from === start + 1 && tokens[start]!.lower === 'it') {
    while (after <= hi && (tokens[after]!.kind !== 'word' || asideWords.has(tokens[after]!.lower))) after++
    // "it seems the board has", "it seems likely that": without "that", what follows the raising verb.
    const bare = from === v && tokens[after]?.kind === 'word' && tokens[after]!.lower !== 'to'
    if (tokens[after]?.lower !== 'that' && !bare) return null
    first = tokens[after]?.lower === 'that' ? ++after : after
  }
  if (after > hi) return null
  const end = contentEnd(tokens, after, hi)
  return end >= after && end - first >= 2 ? {cue, content: [first, end]} : null
}
