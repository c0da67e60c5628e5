import {isNicknameOf} from './nicknames.js'

/** What `linkEntities` keeps of a group to choose the one an entity joins. */
export interface LinkGroup {
  kind: string
  key: string
  given: string | null
  givenWord: string | null
  /** The middle initials of the first member that wrote them ("hw"), or null. */
  initials: string | null
}

/**
 * The first group made (lowest `order`, as a linear search of all groups would find)
 * among those `list` holds that pass `test`.
 */
export function firstMade<G>(list: readonly G[] | undefined, order: ReadonlyMap<G, number>, test: (group: G) => boolean): G | undefined {
  let found: G | undefined
  if (list) for (const g of list) if (test(g) && (!found || order.get(g)! < order.get(found)!)) found = g
  return found
}

/**
 * Whether a group of the same kind and key may take a name with this given name:
 * they agree, or one has none; and their middle initials, when both write them as
 * initials, are the same ("George H.W. X" and "George W. X" are two people; "George X" may be either).
 */
export function sameName(group: LinkGroup, given: string | null, givenWord: string | null, initials: string | null): boolean {
  if (group.initials !== null && initials !== null && group.initials !== initials) return false
  return group.given === null || given === null || compatible(group.given, given) || isNicknameOf(group.givenWord!, givenWord!)
}

/** Whether two given-name keys agree: the same, or one an initial of the other. */
export function compatible(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && (a.length === 1 || b.length === 1))
}

/** Whether two surname keys of five letters or more differ in one letter (changed, added or dropped). */
export function nearKey(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1)
  return tail(a, b)
}
