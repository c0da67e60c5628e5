import {describe, expect, test} from 'vitest'
import {attachFragments} from '../../src/lib/corpus/attach-fragments.js'
import {averageLinkage, type Cluster} from '../../src/lib/corpus/average-linkage.js'
import {EdgeList} from '../../src/lib/corpus/edge-list.js'

const threshold = 0.1

/** Items 0–3 are one story, 4–6 another; the rest are placed by each test. */
function storiesWith(extra: Array<[number, number, number]>): {clusters: Cluster[], edges: EdgeList} {
  const edges = new EdgeList()
  for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) edges.push(i, j, 0.4)
  for (let i = 4; i < 7; i++) for (let j = i + 1; j < 7; j++) edges.push(i, j, 0.3)
  for (const [i, j, similarity] of extra) edges.push(i, j, similarity)
  const count = 1 + Math.max(6, ...extra.flatMap(([i, j]) => [i, j]))
  return {clusters: averageLinkage(count, edges, threshold), edges}
}

const groups = (clusters: Cluster[]) => clusters.map(cluster => [...cluster.members].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!)

describe('attachFragments', () => {
  test('a lone report close enough to a story on average joins it', () => {
    // Item 7 meets items 0–2 at 0.09: mean 0.0675 over the four members, under the
    // threshold but over half of it.
    const {clusters, edges} = storiesWith([[7, 0, 0.09], [7, 1, 0.09], [7, 2, 0.09]])
    expect(groups(clusters)).toContainEqual([7])
    expect(groups(attachFragments(clusters, edges, threshold))).toEqual([[0, 1, 2, 3, 7], [4, 5, 6]])
  })

  test('a lone report far from every story stays alone', () => {
    const {clusters, edges} = storiesWith([[7, 0, 0.05], [7, 4, 0.03]])
    expect(groups(attachFragments(clusters, edges, threshold))).toEqual([[0, 1, 2, 3], [4, 5, 6], [7]])
  })

  test('a pair joins the story it is closest to, not another', () => {
    const {clusters, edges} = storiesWith([[7, 8, 0.3], [7, 4, 0.09], [7, 5, 0.09], [8, 5, 0.09], [8, 6, 0.09], [7, 0, 0.06]])
    expect(groups(attachFragments(clusters, edges, threshold))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7, 8]])
  })

  test('stories of three or more never move, and every item stays in exactly one story', () => {
    const {clusters, edges} = storiesWith([[4, 0, 0.09], [7, 1, 0.08], [7, 2, 0.08], [9, 8, 0.02]])
    const result = attachFragments(clusters, edges, threshold)
    const all = result.flatMap(cluster => cluster.members).sort((a, b) => a - b)
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(groups(result)).toContainEqual([4, 5, 6])
  })

  test('the story that grew has its cohesion recounted over all member pairs', () => {
    const {clusters, edges} = storiesWith([[7, 0, 0.1], [7, 1, 0.1]])
    const grown = attachFragments(clusters, edges, threshold).find(cluster => cluster.members.includes(7))!
    // Six pairs at 0.4, two at 0.1 and two never compared, over ten pairs.
    expect(grown.cohesion).toBeCloseTo((6 * 0.4 + 2 * 0.1) / 10, 6)
  })
})
