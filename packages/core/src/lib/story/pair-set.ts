import type {QuoteRef} from './quote-refs.js'

/** Pair keys (`pairKey`) up to this many are held as bits: a table of at most 8 MB. */
const bitLimit = 2 ** 26

/**
 * A set of unordered pairs of quotes (by `QuoteRef.index`, all below `size`). A
 * story's grouping asks it hundreds of thousands of times whether two quotes are
 * matched (every pair of a short quote's partners): a table of one bit per pair
 * answers with one read, where a Set of pair keys hashes each; a story too large for
 * the table falls back to the Set.
 */
export class PairSet {
  private readonly bits: Uint32Array
  private readonly keys: Set<number> | null

  constructor(size: number) {
    const pairs = size * (size + 1) / 2
    this.bits = new Uint32Array(pairs <= bitLimit ? Math.ceil(pairs / 32) : 0)
    this.keys = pairs <= bitLimit ? null : new Set()
  }

  add(a: QuoteRef, b: QuoteRef): void {
    const key = pairKey(a, b)
    if (this.keys) this.keys.add(key)
    else this.bits[key >>> 5]! |= 1 << (key & 31)
  }

  has(a: QuoteRef, b: QuoteRef): boolean {
    const key = pairKey(a, b)
    return this.keys ? this.keys.has(key) : (this.bits[key >>> 5]! & (1 << (key & 31))) !== 0
  }
}

/** One more than the largest quote index of `refs`: the size a `PairSet` of their pairs needs. */
export function indexBound(refs: Iterable<QuoteRef>): number {
  let bound = 0
  for (const ref of refs) if (ref.index >= bound) bound = ref.index + 1
  return bound
}

/**
 * An order-free key for a pair of quotes: the pair's place in a triangular table
 * (a number, not a string, since a large story looks up hundreds of thousands of pairs).
 */
export function pairKey(a: QuoteRef, b: QuoteRef): number {
  // No array per call: this runs for every pair of a short quote's partners.
  const low = a.index < b.index ? a.index : b.index
  const high = a.index < b.index ? b.index : a.index
  return high * (high + 1) / 2 + low
}
