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
  const read = new Map<StoryClaim, T | null>()
  const valueOf = (claim: StoryClaim) => {
    let value = read.get(claim)
    if (value === undefined) read.set(claim, value = readOf(claim))
    return value
  }
  const seen = new Set<string>()
  for (const group of groups) {
    const carrying = group.members.filter((member) => valueOf(member) !== null)
    for (let i = 0; i < carrying.length; i++) {
      for (let j = i + 1; j < carrying.length; j++) {
        const a = carrying[i]!
        const b = carrying[j]!
        if (a.file === b.file) continue
        const ends = [`${a.file}\u0000${a.start}`, `${b.file}\u0000${b.start}`].sort()
        const key = `${ends[0]}\u0001${ends[1]}`
        if (seen.has(key)) continue
        seen.add(key)
        visit(a, b, valueOf(a)!, valueOf(b)!, group)
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
