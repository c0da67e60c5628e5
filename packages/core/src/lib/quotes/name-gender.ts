import {genderOfGivenName} from '../entities/given-name-gender.js'
import {femaleTitles, maleTitles} from '../entities/titles.js'
import type {Entity} from '../entities/types.js'

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
