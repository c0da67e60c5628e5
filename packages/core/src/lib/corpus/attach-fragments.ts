import type {Cluster} from './average-linkage.js'
import type {EdgeList} from './edge-list.js'
import type {Weighed} from './weigh-features.js'
import {daySpan} from './story-summary.js'

/** Stories of at most this many articles are fragments that may join a bigger one. */
const fragmentSize = 2
/** A fragment joins at this share of the threshold at which groups join. */
const share = 0.6
/** ...and only a story it is this many times closer to than to any other. */
const clearlyCloser = 2

/**
 * A second pass after average linkage: a story of one or two articles joins the
 * bigger story it is closest to, when their mean similarity is at least 0.6 of the
 * threshold and twice that to any other story. The threshold is set so that two events of one kind stay apart, and
 * a group of many reports holds to it; a short or partial report of the same event
 * (a brief, a page cut off, a blog post that names the event in passing) shares
 * fewer words with each member and would stay alone. An article on nothing else
 * shares next to nothing with any story and still stands alone, and one as close to
 * two stories (two events of one kind) is left for neither.
 *
 * A dated fragment joins only a story whose dated reports lie within `windowDays`
 * of its own: the same words a year later tell another event of the kind.
 *
 * Similarities come from the candidate pairs (`edges`), as in average linkage, so
 * the work is one pass over them. Cohesion is recounted for the stories that grew.
 *
 * @param clusters Stories from `averageLinkage`.
 * @param edges The candidate pairs and their similarities.
 * @param weighed The articles, for their publication days.
 * @param threshold The threshold average linkage ran with.
 */
export function attachFragments(clusters: Cluster[], edges: EdgeList, weighed: readonly Weighed[], threshold: number, windowDays: number): Cluster[] {
  const owner = new Int32Array(weighed.length)
  clusters.forEach((cluster, index) => {
    for (const member of cluster.members) owner[member] = index
  })
  const isFragment = (index: number) => clusters[index]!.members.length <= fragmentSize
  // Summed similarity from each fragment to each bigger story it has a candidate pair with.
  const sums = new Map<number, Map<number, number>>()
  const add = (fragment: number, story: number, similarity: number) => {
    let row = sums.get(fragment)
    if (row === undefined) sums.set(fragment, row = new Map())
    row.set(story, (row.get(story) ?? 0) + similarity)
  }
  edges.forEach((i, j, similarity) => {
    const x = owner[i]!
    const y = owner[j]!
    if (x === y) return
    if (isFragment(x) && !isFragment(y)) add(x, y, similarity)
    else if (isFragment(y) && !isFragment(x)) add(y, x, similarity)
  })
  const spans = clusters.map(cluster => daySpan(cluster.members, weighed))
  const joined = new Map<number, number>()
  for (const [fragment, row] of sums) {
    const size = clusters[fragment]!.members.length
    let best = -1
    let mean = 0
    let second = 0
    for (const [story, sum] of row) {
      const value = sum / (size * clusters[story]!.members.length)
      if (value > mean && overlaps(spans[fragment]!, spans[story]!, windowDays)) [best, mean, second] = [story, value, Math.max(second, mean)]
      else second = Math.max(second, value)
    }
    if (best >= 0 && mean >= share * threshold && mean >= clearlyCloser * second) joined.set(fragment, best)
  }
  if (joined.size === 0) return clusters

  const grown = clusters.map(cluster => ({...cluster, members: [...cluster.members]}))
  for (const [fragment, story] of joined) {
    for (const member of clusters[fragment]!.members) {
      grown[story]!.members.push(member)
      owner[member] = story
    }
  }
  // Recount the mean inner similarity of the stories that grew.
  const grew = new Uint8Array(clusters.length)
  for (const story of joined.values()) grew[story] = 1
  const inner = new Float64Array(clusters.length)
  edges.forEach((i, j, similarity) => {
    const x = owner[i]!
    if (grew[x] && x === owner[j]) inner[x] = inner[x]! + similarity
  })
  for (const story of new Set(joined.values())) {
    const size = grown[story]!.members.length
    grown[story]!.cohesion = inner[story]! / (size * (size - 1) / 2)
  }
  return grown.filter((_, index) => !joined.has(index))
}

/** Whether the fragment's dates lie within the window of the story's (or either is undated). */
function overlaps(fragment: [number, number] | null, story: [number, number] | null, windowDays: number): boolean {
  return fragment === null || story === null || (fragment[0] >= story[0] - windowDays && fragment[1] <= story[1] + windowDays)
}
