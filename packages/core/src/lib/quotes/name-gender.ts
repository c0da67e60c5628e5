import {genderOfGivenName, titleGenders} from '../entities/given-name-gender.js'
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
  const titles: string[] = []
  for (const m of entity.mentions) if (m.title) titles.push(m.title.text)
  const {female, male} = titleGenders(titles.join(' '))
  if (female !== male) found = female ? 'female' : 'male'
  else if (!female && entity.kind === 'person') {
    const words = entity.name.split(/\s+/)
    if (words.length >= 2) found = genderOfGivenName(words[0]!.replace(/\.$/, ''))
  }
  cache.set(entity, found)
  return found
}
