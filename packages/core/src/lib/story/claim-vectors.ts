/**
 * Cosine similarity of claims by index, over IDF-weighted feature vectors made
 * once per claim: numbered features in typed arrays, in each claim's feature
 * order. A pair's dot product runs over the smaller vector in its own order (so a
 * value never depends on anything but the pair and which is smaller); the other
 * vector is looked up through one vector spread over all features, kept while
 * the same claim recurs (a centre against its candidates, a member against the
 * rest of its group).
 */
export function claimCosine(features: ReadonlyArray<ReadonlyMap<string, number>>, documentFrequency: ReadonlyMap<string, number>): {
  cosine: (a: number, b: number) => number
  /** Each claim's feature ids, in its feature order. */
  ids: readonly Int32Array[]
} {
  const total = features.length
  const featureIds = new Map([...documentFrequency.keys()].map((key, id) => [key, id]))
  const idfOf = new Map([...documentFrequency].map(([key, count]) => [key, Math.log(1 + total / count)]))
  // Claims that share one feature map (copies of a sentence) share its vector too.
  const made = new Map<ReadonlyMap<string, number>, {ids: Int32Array, weights: Float64Array, norm: number}>()
  const vectors = features.map((feature) => {
    let vector = made.get(feature)
    if (!vector) {
      const weights = Float64Array.from(feature, ([key, weight]) => weight * idfOf.get(key)!)
      vector = {ids: Int32Array.from(feature.keys(), (key) => featureIds.get(key)!), weights, norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0))}
      made.set(feature, vector)
    }
    return vector
  })
  const ids = vectors.map((vector) => vector.ids)
  const weights = vectors.map((vector) => vector.weights)
  const norms = vectors.map((vector) => vector.norm)
  // One claim spread over all features: its weight and its place in its own order, per feature; `owner` says whose a slot is.
  const spread = new Float64Array(featureIds.size)
  const place = new Int32Array(featureIds.size)
  const owner = new Int32Array(featureIds.size).fill(-1)
  let spreadOf = -1
  const spreadOut = (claim: number) => {
    const list = ids[claim]!
    const weight = weights[claim]!
    for (let k = 0; k < list.length; k++) {
      spread[list[k]!] = weight[k]!
      place[list[k]!] = k
      owner[list[k]!] = claim
    }
    spreadOf = claim
  }
  // Products found from the larger side, by place in the smaller, summed in the smaller's order.
  let products = new Float64Array(64)
  let found = new Int32Array(64)
  let stamp = 0
  let lastA = -1
  let lastB = -1
  const cosine = (a: number, b: number) => {
    if (a === b) return 1
    const small = ids[a]!.length <= ids[b]!.length ? a : b
    const large = small === a ? b : a
    // Of a new pair, spread the claim the last pair had too: it is the one that recurs.
    if (spreadOf !== small && spreadOf !== large) spreadOut(small === lastA || small === lastB ? small : large)
    lastA = a
    lastB = b
    let dot = 0
    if (spreadOf === small) {
      const smallIds = ids[small]!
      const largeIds = ids[large]!
      const smallWeights = weights[small]!
      const largeWeights = weights[large]!
      if (products.length < smallIds.length) {
        products = new Float64Array(smallIds.length * 2)
        found = new Int32Array(smallIds.length * 2)
        stamp = 0
      }
      stamp++
      for (let k = 0; k < largeIds.length; k++) {
        const id = largeIds[k]!
        if (owner[id] !== small) continue
        const at = place[id]!
        products[at] = smallWeights[at]! * largeWeights[k]!
        found[at] = stamp
      }
      for (let k = 0; k < smallIds.length; k++) if (found[k] === stamp) dot += products[k]!
    } else {
      const smallIds = ids[small]!
      const smallWeights = weights[small]!
      for (let k = 0; k < smallIds.length; k++) {
        const id = smallIds[k]!
        if (owner[id] === large) dot += smallWeights[k]! * spread[id]!
      }
    }
    return norms[a] === 0 || norms[b] === 0 ? 0 : dot / (norms[a]! * norms[b]!)
  }
  return {cosine, ids}
}
