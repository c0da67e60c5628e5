import {describe, expect, test} from 'vitest'
import {attachFragments} from '../../src/lib/corpus/attach-fragments.js'
import {averageLinkage, type Cluster} from '../../src/lib/corpus/average-linkage.js'
import {EdgeList} from '../../src/lib/corpus/edge-list.js'
import type {Weighed} from '../../src/lib/corpus/weigh-features.js'

const threshold = 0.1
const windowDays = 180
/** Only the publication day matters here; every item undated unless a test dates it. */
const items = (days: Record<number, number> = {}) => Array.from({length: 12}, (_, index) => ({day: days[index] ?? null}) as Weighed)
const attach = (clusters: Cluster[], edges: EdgeList, days?: Record<number, number>) => attachFragments(clusters, edges, items(days), threshold, windowDays)

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
    // threshold but over 0.6 of it.
    const {clusters, edges} = storiesWith([[7, 0, 0.09], [7, 1, 0.09], [7, 2, 0.09]])
    expect(groups(clusters)).toContainEqual([7])
    expect(groups(attach(clusters, edges))).toEqual([[0, 1, 2, 3, 7], [4, 5, 6]])
  })

  test('a lone report far from every story stays alone', () => {
    const {clusters, edges} = storiesWith([[7, 0, 0.05], [7, 4, 0.03]])
    expect(groups(attach(clusters, edges))).toEqual([[0, 1, 2, 3], [4, 5, 6], [7]])
  })

  test('a pair joins the story it is closest to, not another', () => {
    const {clusters, edges} = storiesWith([[7, 8, 0.3], [7, 4, 0.1], [7, 5, 0.1], [8, 5, 0.1], [8, 6, 0.1], [7, 0, 0.06]])
    expect(groups(attach(clusters, edges))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7, 8]])
  })

  test('a report as close to two stories (two events of one kind) joins neither', () => {
    const {clusters, edges} = storiesWith([[7, 0, 0.1], [7, 1, 0.1], [7, 2, 0.1], [7, 4, 0.1], [7, 5, 0.1]])
    expect(groups(attach(clusters, edges))).toContainEqual([7])
  })

  test('a dated report joins no story whose dates lie a window away', () => {
    const {clusters, edges} = storiesWith([[7, 0, 0.09], [7, 1, 0.09], [7, 2, 0.09]])
    const story = {0: 20_000, 1: 20_001, 2: 20_002, 3: 20_001}
    expect(groups(attach(clusters, edges, {...story, 7: 20_400}))).toContainEqual([7])
    expect(groups(attach(clusters, edges, {...story, 7: 20_003}))).toContainEqual([0, 1, 2, 3, 7])
  })

  test('stories of three or more never move, and every item stays in exactly one story', () => {
    const {clusters, edges} = storiesWith([[4, 0, 0.09], [7, 1, 0.08], [7, 2, 0.08], [9, 8, 0.02]])
    const result = attach(clusters, edges)
    const all = result.flatMap(cluster => cluster.members).sort((a, b) => a - b)
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(groups(result)).toContainEqual([4, 5, 6])
  })

  test('the story that grew has its cohesion recounted over all member pairs', () => {
    const {clusters, edges} = storiesWith([[7, 0, 0.1], [7, 1, 0.1], [7, 2, 0.1]])
    const grown = attach(clusters, edges).find(cluster => cluster.members.includes(7))!
    // Six pairs at 0.4, three at 0.1 and one never compared, over ten pairs.
    expect(grown.cohesion).toBeCloseTo((6 * 0.4 + 3 * 0.1) / 10, 6)
  })
})
