import type {StoryClaim} from './types.js'

/**
 * How many word and entity keys, and how many entity keys, two claims' features
 * share. Conflict finding asks these for many pairs: each feature map's word and
 * entity keys are listed once, and a pair's count is a walk over one list.
 *
 * @param features Each claim's features, by position.
 * @param position Each claim's position in `features`.
 * @param keysOf The keys of each feature map, listed once.
 */
export function sharedKeyCounts(features: ReadonlyArray<ReadonlyMap<string, number>>, position: ReadonlyMap<StoryClaim, number>,
  keysOf: ReadonlyMap<ReadonlyMap<string, number>, string[]>): {
  shared: (a: StoryClaim, b: StoryClaim) => number
  sharedEntities: (a: StoryClaim, b: StoryClaim) => number
} {
  const wordAndEntityKeys = new Map<ReadonlyMap<string, number>, string[]>()
  const entityKeys = new Map<ReadonlyMap<string, number>, string[]>()
  const keysWith = (feature: ReadonlyMap<string, number>, lists: Map<ReadonlyMap<string, number>, string[]>, counts: (key: string) => boolean) => {
    let keys = lists.get(feature)
    if (!keys) lists.set(feature, keys = keysOf.get(feature)!.filter(counts))
    return keys
  }
  const sharedKeys = (a: StoryClaim, b: StoryClaim, lists: Map<ReadonlyMap<string, number>, string[]>, counts: (key: string) => boolean) => {
    const fa = features[position.get(a) ?? -1]
    const fb = features[position.get(b) ?? -1]
    if (!fa || !fb) return 0
    const keys = keysWith(fa, lists, counts)
    let count = 0
    for (let k = 0; k < keys.length; k++) if (fb.has(keys[k]!)) count++
    return count
  }
  return {
    shared: (a, b) => sharedKeys(a, b, wordAndEntityKeys, (key) => key.startsWith('w:') || key.startsWith('e:')),
    sharedEntities: (a, b) => sharedKeys(a, b, entityKeys, (key) => key.startsWith('e:'))
  }
}
