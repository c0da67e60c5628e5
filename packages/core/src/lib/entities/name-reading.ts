import {fullNameKey, nameKey} from './name-key.js'
import {isKnownGivenName} from './nicknames.js'
import {orgWords} from './org-words.js'
import {generationalSuffix, middleInitials, parsePersonName, personNameText} from './person-name.js'
import type {Entity, EntityKind} from './types.js'

/** What linking reads from an entity's name and kind. */
export interface Reading {
  kind: EntityKind
  person: boolean
  /** Key of the surname (people) or of the whole name. */
  key: string
  /** The kind and the key: groups that may join. */
  kindKey: string
  given: string | null
  givenWord: string | null
  /** The middle name's letters when it is written as initials only ("H.W." → "hw"), else null. */
  initials: string | null
  /** Generational suffix ("jr", "iii"), else null. */
  suffix: string | null
  whole: string | null
  /** Words that count for the name's fullness. */
  words: number
  /** A person's name without title or affiliation (people only). */
  text: string
}

/** What linking reads from a name written as `written`: its kind, keys, given name, fullness and a person's bare name. */
export function readName(written: EntityKind, name: string): Reading {
  const kind = kindOf({kind: written, name})
  const person = kind === 'person' ? parsePersonName(name) : null
  const key = person ? nameKey(person.surname) : fullNameKey(name)
  const givenWord = person?.given ?? null
  const given = givenWord === null ? null : nameKey(givenWord)
  const whole = person && givenWord !== null ? nameKey(personNameText({...person, suffix: null}).replace(/[\s‐-]+/g, '')) : null
  const text = written === 'person' ? personNameText(parsePersonName(name)) : ''
  const initials = person ? middleInitials(person.middle) : null
  const suffix = person?.suffix ? generationalSuffix(person.suffix) : null
  return {kind, person: person !== null, key, kindKey: `${kind}\u0000${key}`, given, givenWord, initials, suffix, whole, words: nameWords(name, written), text}
}


/**
 * The entity's kind, but a person for a name with an affiliation taken for a body
 * ("Jane Roe of the Ethics Committee"): a given name the nickname list knows, a
 * surname, no organisation word before the "of".
 */
function kindOf(entity: Pick<Entity, 'kind' | 'name'>): EntityKind {
  if (entity.kind !== 'organization') return entity.kind
  const of = entity.name.indexOf(' of ')
  if (of < 0) return entity.kind
  const words = entity.name.slice(0, of).split(/\s+/)
  const personal = words.length >= 2 && words.length <= 4 && isKnownGivenName(words[0]!) &&
    words.every((word) => /^\p{Lu}/u.test(word) && !orgWords.has(word.toLowerCase()))
  return personal ? 'person' : entity.kind
}

/** Words of a name that count for its fullness: a person's title does not. */
function nameWords(name: string, kind: EntityKind): number {
  return kind === 'person' ? words(personNameText(parsePersonName(name))) : words(name)
}

/** How many words a name has. */
export function words(name: string): number {
  return name.split(/\s+/).filter(Boolean).length
}
