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
      probes = keysOf.get(features)!
        .filter((key) => (documentFrequency.get(key) ?? 0) <= limits.maximumPosting)
        .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : 1))
        .slice(0, limits.probes)
        .map((key) => index.get(key) ?? [])
      made.set(features, probes)
    }
    return probes
  }
}
