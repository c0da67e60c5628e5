import type {Span} from './types.js'

/**
 * Spans sorted by start, to ask which of them lie in or overlap a stretch of text
 * without a pass over all of them per question: a claim per sentence asking for its
 * dates, mentions and quotes was sentences × spans (quadratic on long, dense text).
 * A question costs a binary search and a walk over the spans that start within the
 * longest span's length before the stretch.
 */
export class SpanIndex<T extends Span> {
  private readonly items: T[]
  private readonly longest: number

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || a.end - b.end)
    this.longest = this.items.reduce((most, item) => Math.max(most, item.end - item.start), 0)
  }

  /** The spans that share at least one character with `[start, end)`, by start. */
  overlapping(start: number, end: number): T[] {
    return this.collect(start - this.longest, end - 1, (item) => item.end > start && item.start < end)
  }

  /** The spans inside `[start, end)`, by start; an empty span at `end` counts as inside. */
  within(start: number, end: number): T[] {
    return this.collect(start, end, (item) => item.end <= end)
  }

  /** The spans that start before `position`, nearest first (a backward search for an antecedent). */
  * before(position: number): Generator<T> {
    for (let i = lowerBound(this.items, position) - 1; i >= 0; i--) yield this.items[i]!
  }

  /** The spans that start in `[from, last]` and pass `keep`. */
  private collect(from: number, last: number, keep: (item: T) => boolean): T[] {
    const {items} = this
    const out: T[] = []
    for (let i = lowerBound(items, from); i < items.length && items[i]!.start <= last; i++) if (keep(items[i]!)) out.push(items[i]!)
    return out
  }
}

/** In spans sorted by start: the first index whose start is at or after `at`. */
export function lowerBound(spans: readonly Span[], at: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** In spans sorted by start: the first index whose start is after `at`. */
export function upperBound(spans: readonly Span[], at: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans[mid]!.start <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** In spans sorted by start, none overlapping: the index of the one that holds `at`, or -1. */
export function indexHolding(spans: readonly Span[], at: number): number {
  const index = upperBound(spans, at) - 1
  return index >= 0 && at < spans[index]!.end ? index : -1
}
