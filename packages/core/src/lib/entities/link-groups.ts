import {isNicknameOf} from './nicknames.js'

/** What `linkEntities` keeps of a group to choose the one an entity joins. */
export interface LinkGroup {
  kind: string
  key: string
  given: string | null
  givenWord: string | null
}

// Each picks the first group made (as a linear search of all groups would find:
// lowest `order`) among those a list holds that pass its test.

/** A group of the same kind and key whose given name agrees (or one has none). */
export function firstSameName<G extends LinkGroup>(list: readonly G[] | undefined, given: string | null, givenWord: string | null, order: ReadonlyMap<G, number>): G | undefined {
  let found: G | undefined
  if (list) {
    for (const g of list) {
      if ((g.given === null || given === null || compatible(g.given, given) || isNicknameOf(g.givenWord!, givenWord!)) && (!found || order.get(g)! < order.get(found)!)) found = g
    }
  }
  return found
}

/** A person with the same given name whose surname key is one letter off. */
export function firstNearSurname<G extends LinkGroup>(list: readonly G[] | undefined, key: string, order: ReadonlyMap<G, number>): G | undefined {
  let found: G | undefined
  if (list) for (const g of list) if (g.kind === 'person' && nearKey(g.key, key) && (!found || order.get(g)! < order.get(found)!)) found = g
  return found
}

/** A person (a whole name that differs only in spaces and hyphens). */
export function firstPerson<G extends LinkGroup>(list: readonly G[] | undefined, order: ReadonlyMap<G, number>): G | undefined {
  let found: G | undefined
  if (list) for (const g of list) if (g.kind === 'person' && (!found || order.get(g)! < order.get(found)!)) found = g
  return found
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
