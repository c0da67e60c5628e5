/**
 * What organisation naming (`organizationNaming`) reads of the linked entities'
 * mentions: each written form's key and whether it is a body's own name (judged once
 * per form), and the mentions as occurrences, with their keys' entities and groups.
 */
import {acronymLetters} from '../entities/acronyms.js'
import {isKnownGivenName} from '../entities/nicknames.js'
import {orgWords} from '../entities/org-words.js'
import {titleHeads} from '../entities/titles.js'
import type {LinkedEntity} from '../entities/types.js'
import {loneWordCompanies} from './lone-word-companies.js'
import type {MemberSource} from './naming-people.js'
import {amidCapitals, inCapitals, inDatelinePlace, isDateline, isHeadingLine} from './naming-text.js'
import {Occurrence, type OrgOccurrence} from './org-forms.js'
import type {UnionFind} from './union-find.js'

/** A body's name in one key: case, periods and a leading "the" aside, "Department of X" read as "X Department". */
export function orgKey(form: string): string {
  let key = form.toLowerCase().replace(/\./g, '').replace(/^the /, '').replace(/\s+/g, ' ').trim()
  const inverted = /^(\S+) of (?:the )?(.+)$/.exec(key)
  if (inverted && orgWords.has(inverted[1]!)) key = `${inverted[2]} ${inverted[1]}`
  return key
}

/** What organisation naming builds as it reads: each written form's key and judgement (once per form), the occurrences, the entity of each key, the groups of keys. */
export interface OrgReading {
  keys: Map<string, string>
  bodyForms: Map<string, boolean>
  tidied: Map<string, string>
  occurrences: OrgOccurrence[]
  kindOf: Map<string, LinkedEntity>
  groups: UnionFind
}

/** A written form's key, found once however often the form recurs. */
export function keyOf(state: OrgReading, form: string): string {
  let key = state.keys.get(form)
  if (key === undefined) state.keys.set(form, key = orgKey(form))
  return key
}

/** Whether a written form is a body's own name, judged once per form (a name recurs in most articles). */
export function isBodyForm(state: OrgReading, form: string): boolean {
  let body = state.bodyForms.get(form)
  if (body === undefined) state.bodyForms.set(form, body = ownName(form) && !holdsTitle(form))
  return body
}

/** Record the linked entities' mentions as occurrences (not people's, but for abbreviations and lone-word companies). */
export function addEntityForms(state: OrgReading, linked: readonly LinkedEntity[], membersOf: (entity: LinkedEntity) => readonly MemberSource[]): void {
  const companies = loneWordCompanies(linked)
  for (const entity of linked) {
    const abbreviation = entity.kind === 'person' && acronymLetters(entity.name) !== null
    if (entity.kind === 'person' && !abbreviation && !companies.has(entity)) continue
    const joined: JoinedForms = {first: null, last: null}
    const members = membersOf(entity)
    for (let m = 0; m < members.length; m++) addMemberForms(state, entity, abbreviation, members[m]!, joined)
  }
}

/** An entity's first form, that each of its forms is joined to, and the form it joined last. */
export interface JoinedForms {
  first: string | null
  last: string | null
}

/**
 * Record one member's mentions of `entity` as occurrences, each form's key joined to
 * the entity's first form (`joined`, updated).
 */
export function addMemberForms(state: OrgReading, entity: LinkedEntity, abbreviation: boolean, {entity: member, file, text}: MemberSource, joined: JoinedForms): void {
  const mentions = member.mentions
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!
    let form = state.tidied.get(mention.text)
    if (form === undefined) state.tidied.set(mention.text, form = mention.text.replace(/\s+/g, ' ').trim())
    // (A form is judged once: before the line, which is judged per mention.)
    if (!form || !isBodyForm(state, form) || (text && (isHeadingLine(text, mention.start) || isDateline(text, mention.start) || inDatelinePlace(text, mention.start) ||
      (inCapitals(form, 0, form.length) && amidCapitals(text, mention.start, mention.end))))) continue
    state.occurrences.push(new Occurrence(form, file, mention.start))
    // The form the entity joined last has its key's entity and group already (an entity is mostly written one way).
    if (form === joined.last) continue
    joined.last = form
    const key = keyOf(state, form)
    if (!abbreviation) state.kindOf.set(key, entity)
    if (joined.first) state.groups.union(keyOf(state, joined.first), key)
    joined.first ??= form
  }
}

/** Whether an entity's name is its own, not a person's name with an affiliation ("Ann Roe of the Ethics Committee"). */
export function ownName(form: string): boolean {
  const of = form.indexOf(' of ')
  return of < 0 || form.slice(0, of).split(/\s+/).some((word) => orgWords.has(word.toLowerCase()))
}

/** Whether a title follows the body's word ("Finance Committee Chairman Jane Roe"): a person's name, not a body's. */
export function holdsTitle(form: string): boolean {
  const written = form.split(/\s+/)
  const words = written.map((word) => word.toLowerCase())
  // Or ends in a person's name after the body's ("White House Counsel Jane Roe").
  const named = written.length >= 4 && isKnownGivenName(written[written.length - 2]!) && words.slice(0, -2).some((word) => orgWords.has(word))
  return named || words.some((word, i) => i > 0 && titleHeads.has(word) && orgWords.has(words[i - 1]!))
}
