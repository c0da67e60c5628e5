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
  const read: Reading = {features, position, keysOf}
  return {
    shared: (a, b) => sharedKeys(read, a, b, wordAndEntityKeys, wordOrEntity),
    sharedEntities: (a, b) => sharedKeys(read, a, b, entityKeys, entity)
  }
}

/** What `sharedKeys` reads (one story's features). */
interface Reading {
  features: ReadonlyArray<ReadonlyMap<string, number>>
  position: ReadonlyMap<StoryClaim, number>
  keysOf: ReadonlyMap<ReadonlyMap<string, number>, string[]>
}

const wordOrEntity = (key: string) => key.startsWith('w:') || key.startsWith('e:')
const entity = (key: string) => key.startsWith('e:')

// Functions of the module, not closures made per story: the pair loops that call them
// are compiled on a small story and would be deoptimised by a new closure on the next.

/** How many of `a`'s keys that `counts` (listed once per feature map in `lists`) `b` has too. */
function sharedKeys(read: Reading, a: StoryClaim, b: StoryClaim, lists: Map<ReadonlyMap<string, number>, string[]>, counts: (key: string) => boolean): number {
  const fa = read.features[read.position.get(a) ?? -1]
  const fb = read.features[read.position.get(b) ?? -1]
  if (!fa || !fb) return 0
  let keys = lists.get(fa)
  if (!keys) lists.set(fa, keys = read.keysOf.get(fa)!.filter(counts))
  let count = 0
  for (let k = 0; k < keys.length; k++) if (fb.has(keys[k]!)) count++
  return count
}
