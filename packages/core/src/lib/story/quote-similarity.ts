import type {CompareToken} from './compare-tokens.js'

/** How alike two renderings of a quote are, and why. */
export interface QuoteSimilarity {
  /** 0–1. */
  score: number
  /** Which test carried it. */
  reason: 'phrase' | 'sequence' | 'content'
}

/** Quotes of at most this many words must appear as a phrase in the other to match. */
const shortQuote = 5
/** Shared content words decide only when the shorter quote has at least this many. */
const minimumContentWords = 3

/**
 * Compare two quotes' tokens. A short quote (≤ 5 words) matches only when it
 * appears as a contiguous phrase in the other, one word allowed to differ in a
 * five-word phrase ("good and very productive" is in "a good and very productive
 * call", but not in "very good talk … very productive"; "waste of time" is not
 * "period of time"). Longer quotes match on the longest common subsequence of
 * words, or on shared content words when the shorter has three or more
 * (translations: "will be reassessed" / "will be revised"), each measured against
 * the shorter quote.
 */
export function quoteSimilarity(a: readonly CompareToken[], b: readonly CompareToken[]): QuoteSimilarity {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length === 0) return {score: 0, reason: 'phrase'}
  if (short.length <= shortQuote) return {score: phraseScore(short, long), reason: 'phrase'}
  const sequence = lcsLength(short, long) / short.length
  const shortContent = new Set(short.filter((token) => token.content).map((token) => token.key))
  const longContent = new Set(long.filter((token) => token.content).map((token) => token.key))
  let shared = 0
  for (const key of shortContent) if (longContent.has(key)) shared++
  const content = shortContent.size < minimumContentWords ? 0 : shared / shortContent.size
  return sequence >= content ? {score: sequence, reason: 'sequence'} : {score: content, reason: 'content'}
}

/** 1 when `short` is a contiguous run of `long`, 1 - 1/n with one word different, else 0. */
function phraseScore(short: readonly CompareToken[], long: readonly CompareToken[]): number {
  let best = 0
  for (let offset = 0; offset + short.length <= long.length; offset++) {
    let misses = 0
    for (let i = 0; i < short.length && misses <= 1; i++) if (short[i]!.key !== long[offset + i]!.key) misses++
    if (misses === 0) return 1
    if (misses === 1 && short.length >= 5) best = Math.max(best, 1 - 1 / short.length)
  }
  return best
}

function lcsLength(a: readonly CompareToken[], b: readonly CompareToken[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1]!.key === b[j - 1]!.key ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!)
    }
    previous = row
  }
  return previous[b.length]!
}
