import {MergeHeap} from './binary-heap.js'

/** A cluster found by `averageLinkage`: member indices and its mean inner similarity. */
export interface Cluster {
  members: number[]
  /** Mean similarity over all member pairs (pairs never compared count as 0). */
  cohesion: number
  /** Highest average similarity to another cluster it did not join. */
  nearest: number
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: two
 * groups join while the mean similarity over all their member pairs is at least
 * `threshold`, pairs never compared counting as 0. So every member stays close to the
 * group as a whole, and one shared name cannot chain two events together as single
 * linkage would. Groups keep the summed similarity to each neighbour; a heap with
 * version stamps gives the next merge.
 *
 * @param count Number of items.
 * @param edges Similarities of candidate pairs: `[i, j, similarity]`.
 */
export function averageLinkage(count: number, edges: Iterable<readonly [number, number, number]>, threshold: number): Cluster[] {
  const neighbours: Array<Map<number, number>> = Array.from({length: count}, () => new Map())
  const sizes = new Int32Array(count).fill(1)
  const versions = new Int32Array(count)
  const inner = new Float64Array(count)
  const members: number[][] = Array.from({length: count}, (_, i) => [i])
  const alive = new Uint8Array(count).fill(1)
  const heap = new MergeHeap()
  const top = new Int32Array(4)
  for (const [i, j, similarity] of edges) {
    neighbours[i]!.set(j, similarity)
    neighbours[j]!.set(i, similarity)
    if (similarity >= threshold) heap.push(similarity, i, j, 0, 0)
  }
  while (heap.size > 0 && heap.peek() >= threshold) {
    heap.pop(top)
    const x = top[0]!
    const y = top[1]!
    if (!alive[x] || !alive[y] || versions[x] !== top[2] || versions[y] !== top[3]) continue
    // Merge the group with fewer neighbours into the other.
    const [a, b] = neighbours[x]!.size >= neighbours[y]!.size ? [x, y] : [y, x]
    const into = neighbours[a]!
    inner[a] = inner[a]! + inner[b]! + into.get(b)!
    for (const [c, sum] of neighbours[b]!) {
      if (c === a) continue
      const total = (into.get(c) ?? 0) + sum
      into.set(c, total)
      neighbours[c]!.set(a, total)
      neighbours[c]!.delete(b)
    }
    into.delete(b)
    neighbours[b] = new Map()
    alive[b] = 0
    sizes[a] = sizes[a]! + sizes[b]!
    for (const member of members[b]!) members[a]!.push(member)
    members[b] = []
    versions[a] = versions[a]! + 1
    for (const [c, sum] of into) {
      const average = sum / (sizes[a]! * sizes[c]!)
      if (average >= threshold) heap.push(average, a, c, versions[a]!, versions[c]!)
    }
  }
  const clusters: Cluster[] = []
  for (let i = 0; i < count; i++) {
    if (!alive[i]) continue
    const size = sizes[i]!
    let nearest = 0
    for (const [c, sum] of neighbours[i]!) nearest = Math.max(nearest, sum / (size * sizes[c]!))
    clusters.push({members: members[i]!, cohesion: size > 1 ? inner[i]! / (size * (size - 1) / 2) : 1, nearest})
  }
  return clusters
}
