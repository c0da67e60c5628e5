// Word 4-shingle overlap between an extracted text and the expected one: the metric
// of the article-extraction benchmark (Zyte, MIT), shared by both page sets of
// `npm run eval:html`.

/**
 * Shingles of `text` as a multiset (a shingle seen twice counts twice). Tokens are runs
 * of Unicode letters, digits and "_" (Python's `\w`); `lower` folds case (the
 * Readability-pages row does, the benchmark does not). A text shorter than `n` words
 * is one shingle, as in the benchmark.
 */
export function shingles(text, {n = 4, lower = false} = {}) {
  const words = (lower ? text.toLowerCase() : text).match(/[\p{L}\p{N}_]+/gu) ?? []
  const counts = new Map()
  const size = Math.min(n, words.length)
  for (let i = 0; size > 0 && i + size <= words.length; i++) {
    const key = words.slice(i, i + size).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** True positives, false positives and false negatives, normalised to sum to 1 (so long pages weigh no more). */
export function matchShingles(got, expected, options) {
  const a = shingles(got, options)
  const b = shingles(expected, options)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, count] of b) {
    const mine = a.get(key) ?? 0
    tp += Math.min(count, mine)
    fn += Math.max(0, count - mine)
  }
  for (const [key, count] of a) fp += Math.max(0, count - (b.get(key) ?? 0))
  const sum = tp + fp + fn
  return sum > 0 ? {tp: tp / sum, fp: fp / sum, fn: fn / sum} : {tp, fp, fn}
}

const precisionOf = ({tp, fp, fn}) => (fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp))
const recallOf = ({tp, fp, fn}) => (fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn))

/** One page's F1. */
export function pageF1(counts) {
  const p = precisionOf(counts)
  const r = recallOf(counts)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/**
 * The benchmark's summary: precision averaged over pages with any output, recall over
 * pages with any expected text, F1 of the two means.
 */
export function summarise(list) {
  const mean = (values) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length)
  const precision = mean(list.filter((c) => c.tp + c.fp > 0).map(precisionOf))
  const recall = mean(list.filter((c) => c.tp + c.fn > 0).map(recallOf))
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}
