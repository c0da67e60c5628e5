import type {ClaimGroup, StoryClaim} from './types.js'

/** What comparing two aligned members needs besides the members. */
export interface GroupPairContext {
  /** Words and entities two claims share, numbers and days aside. */
  readonly shared: (a: StoryClaim, b: StoryClaim) => number
  /** Similarity of two claims (0–1). */
  readonly similarity: (a: StoryClaim, b: StoryClaim) => number
}

/**
 * Visits each pair of members of one claim group that come from different files and
 * both carry a reading (`readOf`, asked once per claim), once per pair however many
 * groups hold both: the slot finders that compare one value of aligned facts (a time
 * of day, a tally, an admission) share this walk and differ only in what they read.
 */
export function forEachAlignedPair<T>(groups: readonly ClaimGroup[], readOf: (claim: StoryClaim) => T | null,
  visit: (a: StoryClaim, b: StoryClaim, va: T, vb: T, group: ClaimGroup) => void): void {
  // Per claim: its reading; per claim that carries one, a number for its place (file
  // and start; two claims at one place are one), so that a pair is remembered by a
  // number, not a key string. Most claims carry none, and are given no place.
  const values = new Map<StoryClaim, T | null>()
  const placeOf = new Map<StoryClaim, number>()
  const places = new Map<string, Map<number, number>>()
  let placeCount = 0
  const valueOf = (claim: StoryClaim) => {
    let value = values.get(claim)
    if (value === undefined) {
      values.set(claim, value = readOf(claim))
      if (value !== null) {
        let starts = places.get(claim.file)
        if (!starts) places.set(claim.file, starts = new Map())
        let place = starts.get(claim.start)
        if (place === undefined) starts.set(claim.start, place = placeCount++)
        placeOf.set(claim, place)
      }
    }
    return value
  }
  const seen = new Set<number>()
  for (const group of groups) {
    const carrying: StoryClaim[] = []
    const read: T[] = []
    const at: number[] = []
    for (const member of group.members) {
      const value = valueOf(member)
      if (value === null) continue
      carrying.push(member)
      read.push(value)
      at.push(placeOf.get(member)!)
    }
    for (let i = 0; i < carrying.length; i++) {
      for (let j = i + 1; j < carrying.length; j++) {
        const a = carrying[i]!
        const b = carrying[j]!
        if (a.file === b.file) continue
        const pa = at[i]!
        const pb = at[j]!
        const key = pa < pb ? pb * (pb + 1) / 2 + pa : pa * (pa + 1) / 2 + pb
        if (seen.has(key)) continue
        seen.add(key)
        visit(a, b, read[i]!, read[j]!, group)
      }
    }
  }
}

/**
 * `read` of a claim's text, asked once per distinct text: copies of one sentence
 * across outlets (syndicated or repeated text) read alike. For readers that look at
 * the text alone.
 */
export function readByText<T>(read: (text: string) => T | null): (claim: StoryClaim) => T | null {
  const byText = new Map<string, T | null>()
  return (claim) => {
    let value = byText.get(claim.text)
    if (value === undefined) byText.set(claim.text, value = read(claim.text))
    return value
  }
}
