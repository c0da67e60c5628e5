/**
 * Blocking for claim grouping: the postings a centre looks for partners through, its
 * rarest features (`probes` at most, none carried by more than `maximumPosting`
 * claims; on equal counts, in key order). They hang on the feature map alone, so they
 * are found once per map: copies of one sentence share a map, and a thousand copies
 * no longer filter and sort its keys a thousand times.
 *
 * @param keysOf Each feature map's keys, in its order.
 * @param documentFrequency How many claims carry each feature.
 * @param index The claims (by number) that carry each feature.
 */
export function centreProbes(keysOf: ReadonlyMap<ReadonlyMap<string, number>, readonly string[]>, documentFrequency: ReadonlyMap<string, number>,
  index: ReadonlyMap<string, readonly number[]>, limits: {probes: number, maximumPosting: number}): (features: ReadonlyMap<string, number>) => ReadonlyArray<readonly number[]> {
  const made = new Map<ReadonlyMap<string, number>, Array<readonly number[]>>()
  return (features) => {
    let probes = made.get(features)
    if (probes === undefined) {
      const keys = keysOf.get(features)!
        .filter((key) => (documentFrequency.get(key) ?? 0) <= limits.maximumPosting)
        .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : 1))
      // One array kind for every answer (pushed into a fresh literal, the empty answer
      // one shared array of that kind): the centre loop that walks them is compiled
      // once, not thrown away each time a list of another kind reaches it.
      probes = keys.length === 0 ? noProbes : []
      for (let k = 0; k < keys.length && k < limits.probes; k++) probes.push(index.get(keys[k]!) ?? noPosting)
      made.set(features, probes)
    }
    return probes
  }
}

/** The probes of a map with no usable feature, and a posting of no claim (one of each, of the kind the others are). */
const noPosting: readonly number[] = [0].slice(1)
const noProbes: Array<readonly number[]> = [noPosting].slice(1)
