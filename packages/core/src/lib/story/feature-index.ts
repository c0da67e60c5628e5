/** The features of a story's claims indexed: how many claims carry each, and which. */
export interface FeatureIndex {
  /** How many claims carry each feature, in order of first appearance. */
  documentFrequency: Map<string, number>
  /** The claims (by number, in order) that carry each feature. */
  index: Map<string, number[]>
  /** Each distinct feature map's keys, listed once. */
  keysOf: Map<ReadonlyMap<string, number>, string[]>
}

/**
 * Indexes each claim's features (`features[i]` is claim i's). Copies of a sentence
 * share one feature map: its keys, and the posting lists they lead to, are looked up
 * once, and its claims are counted into the document frequencies together (a story of
 * a thousand articles has some 14,000 claims of a few hundred texts).
 */
export function featureIndex(features: ReadonlyArray<ReadonlyMap<string, number>>): FeatureIndex {
  const documentFrequency = new Map<string, number>()
  const index = new Map<string, number[]>()
  const keysOf = new Map<ReadonlyMap<string, number>, string[]>()
  const postingsOf = new Map<ReadonlyMap<string, number>, {postings: number[][], claims: number}>()
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!
    let made = postingsOf.get(feature)
    if (!made) {
      // First seen here: its new keys enter the maps now, in the order claim by claim would give them.
      const keys = [...feature.keys()]
      keysOf.set(feature, keys)
      const postings: number[][] = []
      for (const key of keys) {
        if (!documentFrequency.has(key)) documentFrequency.set(key, 0)
        let posting = index.get(key)
        if (!posting) index.set(key, posting = [])
        postings.push(posting)
      }
      postingsOf.set(feature, made = {postings, claims: 0})
    }
    made.claims++
    for (const posting of made.postings) posting.push(i)
  }
  for (const [feature, {claims}] of postingsOf) {
    for (const key of keysOf.get(feature)!) documentFrequency.set(key, documentFrequency.get(key)! + claims)
  }
  return {documentFrequency, index, keysOf}
}
