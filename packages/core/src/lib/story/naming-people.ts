import {parsePersonName} from '../entities/person-name.js'
import type {Entity, LinkedEntity} from '../entities/types.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {amidCapitals, inDatelinePlace, isHeadingLine} from './naming-text.js'
import type {NamingEntry} from './types.js'
import {knownTitles, spaceBefore, titlesWrittenBefore} from './naming-titles.js'
import {addTo} from '../push-to.js'
import {genderOfGivenNameOrLongForms} from '../entities/given-name-gender.js'

/** Honorifics written straight before a name ("Mr. Lindqvist", "Mrs Brandt"), with or without the period. */
const honorific = /\b(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+$/

/** What the naming step reads of one linked entity's members: each article's entity and text. */
export interface MemberSource {
  entity: Entity
  file: string
  text: string | undefined
}

/**
 * The naming entry of one person, or `null` when the outlets write the name
 * one way. Variants are the name as written (with middle initials, suffixes,
 * nicknames) and, since readers compare them, the title and name as written
 * ("Mr. Lindqvist", "Chief Inspector Anna Lindqvist"); a title written in lower case
 * ("former adviser") is a description, listed under titles only. A person is
 * listed when two of its full names differ, or, across two files or more, when
 * two titled forms differ; a surname beside the full name alone is no variant.
 */
export function personNaming(linked: LinkedEntity, members: readonly MemberSource[]): NamingEntry | null {
  // The work per member is in small functions called for each, not in loops of this
  // one: the engine compiles a small function that runs many times at once and uses it
  // for the next call, where long loops here made it compile this whole function.
  const reading: PersonReading = {titleOf: new Map(), tidiedTitles: new Map(), tidied: new Map(), shouted: new Map()}
  const known = knownTitlesOf(reading, members)
  const forms = new Map<string, Set<string>>()
  const titles = new Map<string, Set<string>>()
  const words = linked.name.split(' ')
  const gender = words.length > 1 ? genderOfGivenNameOrLongForms(words[0]!.replace(/\.$/, '')) : null
  addAllWrittenForms(reading, members, knownTitles(known), forms, titles, gender)
  const names = [...forms.keys()].filter((form) => !isTitled(form, known) && form.includes(' '))
  const titled = [...forms.keys()].filter((form) => isTitled(form, known) || /^(?:Mr|Mrs|Ms|Dr|Mx)\b/.test(form))
  const namesDiffer = new Set(names).size > 1
  const titledDiffer = inTwoFiles(forms) && titled.length + (names.length > 0 ? 1 : 0) > 1
  const spellings = new Set([...forms.keys()].filter((form) => !form.includes(' ')).map((form) => form.toLowerCase()))
  if (!namesDiffer && !titledDiffer && spellings.size < 2) return null
  const variants = classifyVariants(linked.name, [...forms].map(([form, used]) => ({form, files: [...used]})))
  return {
    entity: linked.id, name: linked.name, kind: 'person', kinds: kindsOf(variants), variants,
    titles: [...titles].map(([title, used]) => ({title, files: [...used]}))
  }
}


/**
 * What a person's naming reads once per written text: a form's title, a title tidied,
 * a name tidied, whether a name is in capitals (a name and its title recur in most articles).
 */
interface PersonReading {
  titleOf: Map<string, string>
  tidiedTitles: Map<string, string>
  tidied: Map<string, string>
  shouted: Map<string, boolean>
}

function formTitle(reading: PersonReading, form: string): string {
  let title = reading.titleOf.get(form)
  if (title === undefined) reading.titleOf.set(form, title = parsePersonName(form).title.join(' '))
  return title
}

function tidyTitle(reading: PersonReading, written: string): string {
  let title = reading.tidiedTitles.get(written)
  if (title === undefined) reading.tidiedTitles.set(written, title = written.replace(/\s+/g, ' ').trim())
  return title
}

function isShouted(reading: PersonReading, written: string): boolean {
  let upper = reading.shouted.get(written)
  if (upper === undefined) reading.shouted.set(written, upper = written === written.toUpperCase())
  return upper
}

/**
 * The titles the members write (`addKnownTitles`). This loop and the next are functions
 * of their own: a person named in every article of a large story makes them long, and
 * the engine compiles a long loop's function while it runs (here a small one).
 */
function knownTitlesOf(reading: PersonReading, members: readonly MemberSource[]): Set<string> {
  const known = new Set<string>()
  for (let m = 0; m < members.length; m++) addKnownTitles(reading, members[m]!.entity, known)
  return known
}

/** Every member's written forms and titles (`addWrittenForms`). */
function addAllWrittenForms(reading: PersonReading, members: readonly MemberSource[], knownLower: ReturnType<typeof knownTitles>,
  forms: Map<string, Set<string>>, titles: Map<string, Set<string>>, gender: 'male' | 'female' | null): void {
  for (let m = 0; m < members.length; m++) addWrittenForms(reading, members[m]!, knownLower, forms, titles, gender)
}

/** Titles as some outlet writes them: before a mention, or inside a name taken whole ("Special Counsel Jane Roe"). */
function addKnownTitles(reading: PersonReading, entity: Entity, known: Set<string>): void {
  const mentions = entity.mentions
  for (let k = 0; k < mentions.length; k++) {
    const title = mentions[k]!.title
    if (title) known.add(tidyTitle(reading, title.text))
  }
  const written = entity.forms
  for (let k = 0; k < written.length; k++) {
    const title = formTitle(reading, written[k]!)
    if (title) known.add(title)
  }
}

/** Record the forms one member writes (the name, and with its title or honorific as written) and its titles, each with the file. */
function addWrittenForms(reading: PersonReading, {entity, file, text}: MemberSource, knownLower: ReturnType<typeof knownTitles>,
  forms: Map<string, Set<string>>, titles: Map<string, Set<string>>, gender: 'male' | 'female' | null): void {
  const mentions = entity.mentions
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!
    let written = reading.tidied.get(mention.text)
    if (written === undefined) reading.tidied.set(mention.text, written = withoutAffiliation(mention.text.replace(/\s+/g, ' ').trim()))
    if (mention.kind === 'role' || !written) continue
    // A name in a headline, a dateline or a run of capitals set in capitals is its style, not a spelling.
    if (text && isShouted(reading, written) && (isHeadingLine(text, mention.start) || inDatelinePlace(text, mention.start) || amidCapitals(text, mention.start, mention.end))) continue
    // "Mrs. Pellicore" is not Bertram Pellicore, "Mr. Pellicore" not Wanda: a surname
    // shared in a family, taken for the wrong one of them.
    if (gender && text && honorificBefore(mention, text) === (gender === 'male' ? 'female' : 'male')) continue
    addTo(forms, written, file)
    if (mention.title) {
      const title = tidyTitle(reading, mention.title.text)
      addTo(titles, title, file)
      const adjacent = text === undefined || /^\s+$/.test(text.slice(mention.title.end, mention.start))
      if (/^\p{Lu}/u.test(title) && adjacent && mention.title.end <= mention.start) addTo(forms, `${title} ${written}`, file)
    } else if (text && spaceBefore(text, mention.start)) {
      const before = honorific.exec(text.slice(Math.max(0, mention.start - 8), mention.start))
      if (before) addTo(forms, `${before[0].trim()} ${written}`, file)
    }
    // A title another outlet gives, written here in other capitals ("Special counsel" / "Special Counsel").
    // (Only after a space: read once, before any title is.)
    if (text && spaceBefore(text, mention.start)) {
      for (const asWritten of titlesWrittenBefore(text, mention.start, knownLower)) addTo(forms, `${asWritten} ${written}`, file)
    }
  }
}

/** The gender the honorific of a mention says: its title ("Mrs."), else the "Mr." written straight before it; null for none. */
function honorificBefore(mention: Entity['mentions'][number], text: string): 'male' | 'female' | null {
  // Most mentions have no honorific: an "M" within the five characters before, or in the title, first.
  const title = mention.title?.text
  if (title === undefined ? text.lastIndexOf('M', mention.start - 1) < mention.start - 5 : title.charCodeAt(0) !== 77) return null
  const found = honorific.exec(title !== undefined ? `${title} ` : text.slice(Math.max(0, mention.start - 8), mention.start))
  if (!found) return null
  return /^M(?:rs|s)\b/.test(found[0].trim()) ? 'female' : /^Mr\b/.test(found[0].trim()) ? 'male' : null
}

/** Whether the forms come from two files or more. */
function inTwoFiles(forms: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  let first: string | undefined
  for (const files of forms.values()) {
    for (const file of files) {
      if (first === undefined) first = file
      else if (file !== first) return true
    }
  }
  return false
}

/** The name without an affiliation after it ("Jane Roe of Ohio" → "Jane Roe"). */
function withoutAffiliation(name: string): string {
  const of = name.indexOf(' of ')
  return of > 0 && name.slice(0, of).includes(' ') ? name.slice(0, of) : name
}

/** Whether the form starts with one of the entity's titles, in any capitals. */
function isTitled(form: string, titles: ReadonlySet<string>): boolean {
  const lower = form.toLowerCase()
  for (const title of titles) if (lower.startsWith(`${title.toLowerCase()} `)) return true
  return false
}
