import type {CompareToken} from './compare-tokens.js'

/** How alike two renderings of a quote are, and why. */
export interface QuoteSimilarity {
  /** 0–1: the better of `sequence` and `content`. */
  score: number
  /** Which test carried it. */
  reason: 'phrase' | 'sequence' | 'content'
  /** 0–1: the share of the shorter quote's words found in the other in runs of two or more, in the same order inside each run. */
  sequence: number
  /** 0–1: the share of the shorter quote's content words found in the other (0 when it has fewer than four). */
  content: number
}

/** Quotes of at most this many words must appear as a phrase in the other to match. */
export const shortQuote = 5
/** Shared content words decide only when the shorter quote has at least this many. */
const minimumContentWords = 4
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
 * on shared content words when the shorter has four or more (translations: "will
 * be reassessed" / "will be revised"), each measured against the shorter quote.
 * With `floor`, a sequence score that cannot reach it is reported as 0 without the
 * tiling being done (the words of the shorter found anywhere in the longer bound it).
 */
export function quoteSimilarity(a: readonly CompareToken[], b: readonly CompareToken[], floor = 0): QuoteSimilarity {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length === 0) return {score: 0, reason: 'phrase', sequence: 0, content: 0}
  if (short.length === long.length && short.every((token, i) => token.key === long[i]!.key)) return {score: 1, reason: 'sequence', sequence: 1, content: 1}
  if (short.length <= shortQuote) {
    const score = phraseScore(short, long)
    return {score, reason: 'phrase', sequence: score, content: 0}
  }
  const shortKeys = keysOf(short)
  const longKeys = keysOf(long)
  let shared = 0
  for (const key of shortKeys.content) if (longKeys.content.has(key)) shared++
  const content = shortKeys.content.size < minimumContentWords ? 0 : shared / shortKeys.content.size
  // The words of the shorter found anywhere in the longer bound the runs: when even
  // they fall short of `floor`, the tiling is not worth doing.
  let present = 0
  for (const token of short) if (longKeys.all.has(token.key)) present++
  const sequence = present / short.length < floor ? 0 : sharedRuns(short, long).reduce((sum, run) => sum + run.length, 0) / short.length
  return sequence >= content ? {score: sequence, reason: 'sequence', sequence, content} : {score: content, reason: 'content', sequence, content}
}

const keySets = new WeakMap<readonly CompareToken[], {all: Set<string>, content: Set<string>}>()

/** A quote's word keys, and its content words' keys (computed once per token list). */
function keysOf(tokens: readonly CompareToken[]): {all: Set<string>, content: Set<string>} {
  let sets = keySets.get(tokens)
  if (!sets) {
    sets = {all: new Set(tokens.map((token) => token.key)), content: new Set(tokens.filter((token) => token.content).map((token) => token.key))}
    keySets.set(tokens, sets)
  }
  return sets
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
 * repeat while a run of `minimumRun` words or more is left. Of equally long runs,
 * the one earliest in `a`, then in `b`, is taken.
 *
 * The runs are read once, as the diagonals of matching words (each maximal chain
 * of `a[i + t] === b[j + t]`); marking a run only cuts the chains that cross it,
 * so each round scans the chains, not every pair of words again.
 */
export function sharedRuns(tokensA: readonly CompareToken[], tokensB: readonly CompareToken[]): SharedRun[] {
  const a = keyIds(tokensA)
  const b = keyIds(tokensB)
  const usedA = new Uint8Array(a.length)
  const usedB = new Uint8Array(b.length)
  const runs: SharedRun[] = []
  let chains = diagonalChains(a, b)
  for (;;) {
    let best: SharedRun | null = null
    for (const chain of chains) {
      if (!best || chain.length > best.length || (chain.length === best.length && (chain.a < best.a || (chain.a === best.a && chain.b < best.b)))) best = chain
    }
    if (!best || best.length < minimumRun) return runs
    const {a: atA, b: atB, length} = best
    usedA.fill(1, atA, atA + length)
    usedB.fill(1, atB, atB + length)
    runs.push({a: atA, b: atB, length})
    const next: SharedRun[] = []
    for (const chain of chains) {
      const crosses = (chain.a < atA + length && atA < chain.a + chain.length) || (chain.b < atB + length && atB < chain.b + chain.length)
      if (!crosses) {
        next.push(chain)
        continue
      }
      // The words of the chain left unmarked, in pieces.
      let start = -1
      for (let t = 0; t <= chain.length; t++) {
        const alive = t < chain.length && !usedA[chain.a + t] && !usedB[chain.b + t]
        if (alive && start < 0) start = t
        else if (!alive && start >= 0) {
          next.push({a: chain.a + start, b: chain.b + start, length: t - start})
          start = -1
        }
      }
    }
    chains = next
  }
}

/** Every maximal run of equal keys along a diagonal of `a` against `b`. */
function diagonalChains(a: Int32Array, b: Int32Array): SharedRun[] {
  const placesInB = new Map<number, number[]>()
  b.forEach((key, j) => {
    const places = placesInB.get(key)
    if (places) places.push(j)
    else placesInB.set(key, [j])
  })
  const chains: SharedRun[] = []
  for (let i = 0; i < a.length; i++) {
    for (const j of placesInB.get(a[i]!) ?? []) {
      // Only where a chain begins: the words before do not match.
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) continue
      let length = 1
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++
      chains.push({a: i, b: j, length})
    }
  }
  return chains
}

/**
 * Every word key seen, numbered. The vocabulary of a language is bounded, so the
 * table stays small however many stories are compared.
 */
const keyNumbers = new Map<string, number>()
const keyIdCache = new WeakMap<readonly CompareToken[], Int32Array>()

/** A token list's keys as numbers (computed once per token list). */
function keyIds(tokens: readonly CompareToken[]): Int32Array {
  let ids = keyIdCache.get(tokens)
  if (!ids) {
    ids = new Int32Array(tokens.length)
    tokens.forEach((token, i) => {
      let id = keyNumbers.get(token.key)
      if (id === undefined) keyNumbers.set(token.key, id = keyNumbers.size)
      ids![i] = id
    })
    keyIdCache.set(tokens, ids)
  }
  return ids
}
