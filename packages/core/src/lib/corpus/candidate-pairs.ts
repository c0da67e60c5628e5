import type {Weighed} from './weigh-features.js'

/** Bucket numbers are offset by this so that every slot key is a non-negative integer. */
const bucketOffset = 1 << 20
/** Slot keys: feature id times this plus the bucket; below 2^53 for any vocabulary that fits in memory. */
const bucketSpan = 1 << 21
/** The bucket of undated articles. */
const undated = 0

/**
 * Blocking: the pairs worth comparing, never all pairs. Each article is indexed
 * under its heaviest features; two articles are candidates when they share one.
 * A dated article's keys carry its time bucket (`windowDays` wide), looked up in its
 * own bucket and the two beside it, so a feature common over a year but rare in a
 * month still proposes pairs; undated articles sit in one bucket of their own that
 * every article looks into. Keys held by more than `maxPosting` articles propose
 * nothing: they are the vocabulary of a kind of event, not of one event. Each
 * article meets at most `maxCandidates` later ones, so the work grows in line with
 * the corpus.
 *
 * Calls `visit(i, j)` once per candidate pair, i < j.
 */
export function candidatePairs(weighed: readonly Weighed[], windowDays: number, maxPosting: number, maxCandidates: number, visit: (i: number, j: number) => void): void {
  const bucketOf = (item: Weighed): number => item.day === null ? undated : Math.floor(item.day / windowDays) + bucketOffset
  // Postings are filled in article order, so each list is sorted by index.
  const postings = new Map<number, number[]>()
  weighed.forEach((item, index) => {
    const bucket = bucketOf(item)
    for (const key of item.keys) {
      const slot = key * bucketSpan + bucket
      const list = postings.get(slot)
      if (list === undefined) postings.set(slot, [index])
      else if (list.length <= maxPosting) list.push(index)
    }
  })
  // seenBy[j] === i once the pair (i, j) has been visited from i.
  const seenBy = new Int32Array(weighed.length).fill(-1)
  const lists: number[][] = []
  weighed.forEach((item, index) => {
    const own = bucketOf(item)
    const buckets = own === undated ? [undated] : [own - 1, own, own + 1, undated]
    lists.length = 0
    for (const key of item.keys) {
      for (const bucket of buckets) {
        const list = postings.get(key * bucketSpan + bucket)
        if (list !== undefined && list.length <= maxPosting) lists.push(list)
      }
    }
    // Rarest features first: they name the event, so when an article meets more
    // than `maxCandidates` others it keeps the ones it shares the most telling
    // features with, and the work per article stays bounded however dense the
    // corpus grows.
    lists.sort((a, b) => a.length - b.length)
    let met = 0
    for (const list of lists) {
      if (met >= maxCandidates) break
      // Each pair once, from its first article; but an undated article looks into
      // no dated bucket, so a dated one visits the undated bucket whole.
      const whole = own !== undated && bucketOf(weighed[list[0]!]!) === undated
      for (let k = list.length - 1; k >= 0 && met < maxCandidates; k--) {
        const other = list[k]!
        if (other <= index && !whole) break
        if (other === index || seenBy[other] === index) continue
        seenBy[other] = index
        met++
        if (other < index) visit(other, index)
        else visit(index, other)
      }
    }
  })
}
