import type {NameRun} from './find-name-runs.js'
import {genderOfGivenName} from './given-name-gender.js'
import {nameKey} from './name-key.js'

/** What a heading run is matched against: a person the body names, with their given name's key. */
interface BodyPerson {
  given: string | null
  runs: NameRun[]
}

/**
 * A run of a title-case heading that ends in the surname of people the body names, as
 * the name it may be of them. Its capitals prove nothing, so a run of several words is
 * such a name only when it is one the body writes ("Jane Roe" for Jane Roe), a given
 * name, an initial and the surname (at most three words, the first a given name), or
 * ends in one the body writes, which is the name cut from the headline's other words
 * ("Hiker Slams Jane Roe" → "Jane Roe"). A run that is none of these is no name: null.
 */
export function headingName(text: string, run: NameRun, people: readonly BodyPerson[]): NameRun | null {
  const words = run.words
  if (words.length < 2) return run
  const written = new Set<string>()
  for (const person of people) for (const other of person.runs) if (!other.heading) written.add(other.text)
  if (written.has(run.text)) return run
  const given = nameKey(words[0]!.text)
  if (words.length <= 3 && (genderOfGivenName(words[0]!.text) !== null || people.some((person) => person.given === given))) return run
  for (let k = 1; k < words.length; k++) {
    const tail = text.slice(words[k]!.start, run.end)
    if (written.has(tail)) return {...run, start: words[k]!.start, text: tail, words: words.slice(k)}
  }
  return null
}
