import type {Weighed} from './weigh-features.js'

/**
 * Blocking: the pairs worth comparing, never all pairs. Each article is indexed
 * under its heaviest features; two articles are candidates when they share one.
 * A dated article's keys carry its time bucket (`windowDays` wide), looked up in its
 * own bucket and the two beside it, so a feature common over a year but rare in a
 * month still proposes pairs; undated articles sit in one bucket of their own that
 * every article looks into. Keys held by more than `maxPosting` articles propose
 * nothing: they are the vocabulary of a kind of event, not of one event.
 *
 * Calls `visit(i, j)` once per candidate pair, i < j.
 */
export function candidatePairs(weighed: readonly Weighed[], windowDays: number, maxPosting: number, visit: (i: number, j: number) => void): void {
  const postings = new Map<string, number[]>()
  const bucketOf = (item: Weighed): string => item.day === null ? '*' : String(Math.floor(item.day / windowDays))
  weighed.forEach((item, index) => {
    const bucket = bucketOf(item)
    for (const key of item.keys) {
      const slot = key + '@' + bucket
      const list = postings.get(slot)
      if (list === undefined) postings.set(slot, [index])
      else if (list.length <= maxPosting) list.push(index)
    }
  })
  const seen = new Set<number>()
  weighed.forEach((item, index) => {
    seen.clear()
    const buckets = item.day === null ? ['*'] : neighbours(Math.floor(item.day / windowDays))
    for (const key of item.keys) {
      for (const bucket of buckets) {
        const list = postings.get(key + '@' + bucket)
        if (list === undefined || list.length > maxPosting) continue
        for (const other of list) {
          if (other === index || seen.has(other)) continue
          // Each pair once: from its first article, unless only the later one can
          // see it (an undated article looks into no dated bucket).
          if (other < index && !(weighed[other]!.day === null && item.day !== null)) continue
          seen.add(other)
          if (other < index) visit(other, index)
          else visit(index, other)
        }
      }
    }
  })
}

function neighbours(bucket: number): string[] {
  return [String(bucket - 1), String(bucket), String(bucket + 1), '*']
}
