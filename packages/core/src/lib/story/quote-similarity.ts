import type {CompareToken} from './compare-tokens.js'

/** How alike two renderings of a quote are, and why. */
export interface QuoteSimilarity {
  /** 0–1: the better of `sequence` and `content`. */
  score: number
  /** Which test carried it. */
  reason: 'phrase' | 'sequence' | 'content'
  /** 0–1: the share of the shorter quote's words found in the other in runs of two or more, in the same order inside each run. */
  sequence: number
  /** 0–1: the share of the shorter quote's content words found in the other (0 when it has fewer than three). */
  content: number
}

/** Quotes of at most this many words must appear as a phrase in the other to match. */
export const shortQuote = 5
/** Shared content words decide only when the shorter quote has at least this many. */
const minimumContentWords = 3
/** Words shared one by one, out of any run, are chance: a run must be this long to count. */
const minimumRun = 2

/**
 * Compare two quotes' tokens. A short quote (≤ 5 words) matches only when it
 * appears as a contiguous phrase in the other, one word allowed to differ in a
 * five-word phrase ("good and very productive" is in "a good and very productive
 * call", but not in "very good talk … very productive"; "waste of time" is not
 * "period of time"). Longer quotes match on the words they share in runs of two or
 * more (greedy string tiling, so a cut or a changed word costs only its own words
 * while the same words scattered through another passage count for nothing), or
 * on shared content words when the shorter has three or more (translations: "will
 * be reassessed" / "will be revised"), each measured against the shorter quote.
 */
export function quoteSimilarity(a: readonly CompareToken[], b: readonly CompareToken[]): QuoteSimilarity {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length === 0) return {score: 0, reason: 'phrase', sequence: 0, content: 0}
  if (short.length <= shortQuote) {
    const score = phraseScore(short, long)
    return {score, reason: 'phrase', sequence: score, content: 0}
  }
  const sequence = sharedRuns(short, long).reduce((sum, run) => sum + run.length, 0) / short.length
  const shortContent = new Set(short.filter((token) => token.content).map((token) => token.key))
  const longContent = new Set(long.filter((token) => token.content).map((token) => token.key))
  let shared = 0
  for (const key of shortContent) if (longContent.has(key)) shared++
  const content = shortContent.size < minimumContentWords ? 0 : shared / shortContent.size
  return sequence >= content ? {score: sequence, reason: 'sequence', sequence, content} : {score: content, reason: 'content', sequence, content}
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

/** A run of words two quotes share: at `a` in the first, `b` in the second. */
export interface SharedRun {
  a: number
  b: number
  length: number
}

/**
 * Greedy string tiling (Wise 1993): take the longest run the two share, mark it,
 * repeat while a run of `minimumRun` words or more is left.
 */
export function sharedRuns(a: readonly CompareToken[], b: readonly CompareToken[]): SharedRun[] {
  const usedA = new Uint8Array(a.length)
  const usedB = new Uint8Array(b.length)
  const runs: SharedRun[] = []
  for (;;) {
    let best = 0
    let bestI = 0
    let bestJ = 0
    // Longest common unmarked run, by dynamic programming over suffixes.
    let previous = new Uint16Array(b.length + 1)
    for (let i = a.length - 1; i >= 0; i--) {
      const row = new Uint16Array(b.length + 1)
      for (let j = b.length - 1; j >= 0; j--) {
        if (usedA[i] || usedB[j] || a[i]!.key !== b[j]!.key) continue
        const run = previous[j + 1]! + 1
        row[j] = run
        if (run >= best) {
          best = run
          bestI = i
          bestJ = j
        }
      }
      previous = row
    }
    if (best < minimumRun) return runs
    usedA.fill(1, bestI, bestI + best)
    usedB.fill(1, bestJ, bestJ + best)
    runs.push({a: bestI, b: bestJ, length: best})
  }
}
