import {isKnownGivenName} from './nicknames.js'
import {titleHeads, titleModifiers} from './titles.js'
import {packedMap} from '../packed-map.js'

/** A person's name taken apart: "Chief Inspector Anna K. Lindqvist III" → Anna / K. / Lindqvist / III. */
export interface PersonName {
  /** Title words written before the name ("Special Counsel"), empty when none. */
  title: string[]
  /** The given name, `null` for a surname alone. */
  given: string | null
  /** Middle names and initials ("S.", "Jong"). */
  middle: string[]
  surname: string
  /** Generational suffix ("Jr.", "III"), `null` when none. */
  suffix: string | null
}

/** Generational suffixes: "Jr.", "Sr.", and Roman numerals II–VI as written after a surname. */
const suffixPattern = /^(?:jr\.?|sr\.?|ii|iii|iv|v|vi)$/i
const romanPattern = /^(?:II|III|IV|V|VI)$/

/** The generational suffix a word is ("Jr." → "jr", "III" → "iii"), or null. */
export function generationalSuffix(word: string): string | null {
  return suffixPattern.test(word) && (/^[JjSs]/.test(word) || romanPattern.test(word)) ? word.toLowerCase().replace(/\.$/, '') : null
}

/**
 * Take a person's name apart into title, given name, middle names, surname and
 * suffix. A trailing "of Norway" / "of the Finance Committee" is dropped (an
 * affiliation, not the name); leading title words are those before the first
 * given name the nickname list knows when one of them is a title word, or else
 * the words the title lists hold.
 */
export function parsePersonName(name: string): PersonName {
  let words = packedMap(name.split(/\s+/).filter(Boolean), (word) => word.replace(/,$/, ''))
  const of = words.findIndex((word, i) => i >= 2 && word === 'of')
  if (of > 0) words = words.slice(0, of)
  let suffix: string | null = null
  const last = words[words.length - 1]
  if (words.length > 2 && last && suffixPattern.test(last) && (/^[JjSs]/.test(last) || romanPattern.test(last))) {
    suffix = last
    words = words.slice(0, -1)
  }
  let start = 0
  const known = words.findIndex((word, i) => i < words.length - 1 && isKnownGivenName(word))
  // Words before a known given name are a title when one of them is a title word ("FBI Director", "Special Counsel"),
  // not when they are a name of their own (a surname written first: "Park Sol Min").
  if (known > 0 && words.slice(0, known).every((word) => /^\p{Lu}/u.test(word)) && words.slice(0, known).some(isTitleWord)) start = known
  else while (start < words.length - 2 && isTitleWord(words[start]!)) start++
  const title = words.slice(0, start)
  const rest = words.slice(start)
  const surname = rest[rest.length - 1] ?? ''
  return {
    title,
    given: rest.length > 1 ? rest[0]! : null,
    middle: rest.slice(1, -1),
    surname,
    suffix
  }
}

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return titleHeads.has(lower) || titleModifiers.has(lower)
}

/** The name without its title: given, middle, surname and suffix as written. */
export function personNameText(name: PersonName): string {
  return [name.given, ...name.middle, name.surname, name.suffix].filter(Boolean).join(' ')
}

/** Whether a word is an initial ("S.", "S"). */
export function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word)
}

/** "H.W." or "W." → "hw" / "w": a middle name written as initials only; null for none or for a middle written out ("Walker"), which may be any of several. */
export function middleInitials(middle: readonly string[]): string | null {
  if (middle.length === 0 || !middle.every((word) => /^(?:\p{Lu}\.?){1,3}$/u.test(word))) return null
  return middle.join('').replace(/\./g, '').toLowerCase()
}
