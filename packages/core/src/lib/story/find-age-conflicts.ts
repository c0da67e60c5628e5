import {memberWith} from './conflict-member.js'
import {onceByText} from './once-by-text.js'
import type {Conflict, StoryClaim} from './types.js'

/** A person a claim names: the cross-article id and the canonical name. */
export interface NamedPerson {
  readonly id: string
  readonly name: string
}

/** A capitalised name of one to four words ("Dana Okafor", "Okafor", "Dana M. Okafor"). */
const name = String.raw`\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?){0,3}`
/**
 * The news conventions for a person's age: "Dana Okafor, 54, said", "Okafor (54)",
 * "Okafor, aged 54," and "54-year-old Dana Okafor". The age must be followed by what
 * closes an apposition (a comma, a bracket, a full stop) so that "Riverton, 12 miles
 * away" or a date ("May 5, 2024") is never read as an age.
 */
const patterns: readonly RegExp[] = [
  new RegExp(String.raw`(${name}),\s+(?:aged\s+)?(\d{1,3})(?=\s*[,;.)]|\s+(?:and|who|of|from|in)\s)`, 'gu'),
  new RegExp(String.raw`(${name})\s+\((?:aged\s+)?(\d{1,3})\)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,3})-year-old\s+(${name})`, 'gu')
]

/** A quick test before the patterns: most sentences give no age. */
const anyAge = /\d(?:,|\)|-year-old)|, aged \d/

/** Ages a person can have. */
const oldest = 120

/** One age given to one person in one sentence. */
interface Age {
  claim: StoryClaim
  person: NamedPerson
  age: number
}

/**
 * One person given different ages by different outlets ("Mayor Dana Okafor, 54," /
 * "Okafor, 56,"): ages cannot both hold on one day, so this is a number conflict on
 * the person, not on a counted thing. The name before (or after) the age must be a
 * person the sentence names, found by the last word of the name (the surname), so
 * titles ("Mayor") and first names do not matter and two people of one surname in
 * one sentence are left alone. An outlet that gives one person two ages is itself
 * unsure and is left out. Ages one year apart may be a birthday between two
 * articles' dates: such a conflict is raised with less confidence.
 *
 * @param claims The story's claims.
 * @param peopleOf The people (cross-article ids and names) a claim names.
 */
export function findAgeConflicts(claims: readonly StoryClaim[], peopleOf: (claim: StoryClaim) => readonly NamedPerson[]): Array<Omit<Conflict, 'id'>> {
  // Per person, per file: the ages given and the sentences that give them.
  const byPerson = new Map<string, Map<string, Age[]>>()
  // Each claim in a function of its own, walked by `forEach`: a loop of this function's
  // own, run once per story, was compiled on-stack (with the body inlined) for each large one.
  claims.forEach(addAges, {peopleOf, byPerson})
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const files of byPerson.values()) {
    // One age per outlet; an outlet that gives two is left out.
    const given = [...files.values()].filter((list) => new Set(list.map((a) => a.age)).size === 1).map((list) => list[0]!)
    const values = [...new Set(given.map((a) => a.age))].sort((a, b) => a - b)
    if (values.length < 2) continue
    const person = given[0]!.person
    const spread = values[values.length - 1]! - values[0]!
    out.push({
      kind: 'number', group: null, confidence: spread > 1 ? 0.65 : 0.55,
      reason: `one person is given different ages by different outlets${spread > 1 ? '' : ' (one year apart: a birthday between the articles is possible)'}`,
      summary: `age of ${person.name}: ${values.join(' vs ')}`,
      members: given.map(({claim, age}) => memberWith(claim, String(age)))
    })
  }
  return out
}

/** The ages `claim` gives its people, added to `byPerson` (by person, then file). */
function addAges(this: {peopleOf: (claim: StoryClaim) => readonly NamedPerson[], byPerson: Map<string, Map<string, Age[]>>}, claim: StoryClaim): void {
  const {peopleOf, byPerson} = this
  const ages = agesIn(claim, peopleOf)
  for (let k = 0; k < ages.length; k++) {
    const found = ages[k]!
    let files = byPerson.get(found.person.id)
    if (!files) byPerson.set(found.person.id, files = new Map())
    let list = files.get(claim.file)
    if (!list) files.set(claim.file, list = [])
    list.push(found)
  }
}

/** The ages a sentence gives to people it names. */
function agesIn(claim: StoryClaim, peopleOf: (claim: StoryClaim) => readonly NamedPerson[]): Age[] {
  const given = writtenAges(claim.text)
  const out: Age[] = []
  if (given.length === 0) return out
  let people: readonly NamedPerson[] | null = null
  for (const {written, age} of given) {
    people ??= peopleOf(claim)
    const person = personNamed(written, people)
    if (person) out.push({claim, person, age})
  }
  return out
}

/** The ages a sentence gives and the names written beside them, in pattern order, once per distinct text. */
const writtenAges = onceByText((text): ReadonlyArray<{written: string, age: number}> => {
  if (!anyAge.test(text)) return []
  const out: Array<{written: string, age: number}> = []
  for (const [index, pattern] of patterns.entries()) {
    for (const match of text.matchAll(pattern)) {
      const [written, number] = index === 2 ? [match[2]!, match[1]!] : [match[1]!, match[2]!]
      const age = Number(number)
      if (age >= 1 && age <= oldest) out.push({written, age})
    }
  }
  return out
})

/** The one person whose surname is the last word of the written name; null when none or several. */
function personNamed(written: string, people: readonly NamedPerson[]): NamedPerson | null {
  const surname = lastWord(written)
  const matches = people.filter((person) => lastWord(person.name) === surname)
  return matches.length === 1 ? matches[0]! : null
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/)
  return words[words.length - 1]!.replace(/['’]s$/, '').replace(/\.$/, '').toLowerCase()
}

/** "90 years old", "a 52-year-old": a quantity that is someone's age. */
const ageAfter = /^(?:\s+|-)old\b/u

/**
 * Whether a claim's quantity is someone's age ("drove her father to the fair at 88 years old",
 * "a 52-year-old resident"). Ages are compared person by person (`findAgeConflicts`),
 * never as one counted thing of two sentences: two ages in one story are most often
 * two people's.
 */
export function readsAsAge(claim: StoryClaim, quantity: {text: string}): boolean {
  const at = claim.text.indexOf(quantity.text)
  return at >= 0 && ageAfter.test(claim.text.slice(at + quantity.text.length, at + quantity.text.length + 6))
}
