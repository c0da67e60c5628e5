// What the PolNeAR attribution evals share: reading the records, and comparing a
// found content span with an annotated one.
import {readFileSync} from 'node:fs'

/** The records of a PolNeAR JSONL file, one per article (a file's repeats dropped), sorted by file name. */
export function readRecords(file) {
  const seen = new Set()
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((r) => !seen.has(r.filename) && seen.add(r.filename))
    .sort((a, b) => (a.filename < b.filename ? -1 : 1))
}

/** A span with its edge punctuation, quotation marks and spaces taken off. */
export function trim(text, start, end) {
  const edge = /[\s"“”‘’'«»„‚,.;:!?…—–-]/
  while (start < end && edge.test(text[start])) start++
  while (end > start && edge.test(text[end - 1])) end--
  return [start, end]
}

/** How much two spans overlap: the shared length over the longer of the two (0 when apart). */
export function overlap([a, b], [c, d]) {
  if (b <= a || d <= c) return 0
  const shared = Math.max(0, Math.min(b, d) - Math.max(a, c))
  return Math.min(shared / (b - a), shared / (d - c))
}
