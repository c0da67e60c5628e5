import {escapeRegExp} from '../escape-reg-exp.js'
import {acronymLetters} from '../entities/acronyms.js'
import type {LinkedEntity} from '../entities/types.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {addForm, isHeadingLine, isSentenceStart, type FormsByKey, type NamingText} from './naming-text.js'
import {findArticleNames} from './article-names.js'
import {findOrgForms, type OrgOccurrence} from './org-forms.js'
import {joinAbbreviations, joinShortForms, type OrgName} from './org-joins.js'
import {addEntityForms, keyOf, orgKey, type OrgReading} from './org-reading.js'
import type {MemberSource} from './naming-people.js'
import {UnionFind} from './union-find.js'
import type {NamingEntry} from './types.js'

/**
 * Naming entries for organisations and places: every way the outlets write one
 * body, found in the entities and in the running text. Forms join when they are
 * one name but for periods and case (F.B.I. / FBI), when one inverts the other
 * (Justice Department / Department of Justice), when one abbreviates the other
 * (NSA / National Security Agency, DOJ) and no other name in the story has those
 * initials, when a short form's words all stand in exactly one longer name
 * (Harbors Committee / House Committee on Harbors and Rural Affairs; a
 * one-word short form must open or close it, and a word that names a kind of body,
 * "Department", never counts), and as "The X" / "the X" when some outlet writes
 * the article with a capital mid-sentence. A body written one way is not listed.
 */
export function organizationNaming(linked: readonly LinkedEntity[], membersOf: (entity: LinkedEntity) => readonly MemberSource[], texts: readonly NamingText[]): NamingEntry[] {
  // Each long loop (per mention, per name written) is a small function of its own, the
  // work per item in another: the engine compiles a long loop's function while the
  // loop runs, to go on in it at once, and the whole of this one was compiled twice
  // mid-story (once for a next call a story's compare never makes).
  const state: OrgReading = {keys: new Map(), bodyForms: new Map(), tidied: new Map(), occurrences: [], kindOf: new Map(), groups: new UnionFind()}
  const {occurrences, groups} = state
  addEntityForms(state, linked, membersOf)
  for (let t = 0; t < texts.length; t++) findOrgForms(texts[t]!, occurrences)
  const names = namesOf(state, new Map(texts.map((text) => [text.file, text.text])))
  for (const key of names.keys()) groups.add(key)
  joinAbbreviations([...names.values()], groups)
  joinShortForms([...names.values()], groups)
  const byGroup = byGroupOf(state)
  addArticleForms(byGroup, texts, (form) => groups.has(keyOf(state, form)) ? groups.find(keyOf(state, form)) : null,
    (group, form, file) => addForm(byGroup, group, form, file))

  const entries: NamingEntry[] = []
  let count = 0
  for (const forms of byGroup.values()) {
    const entry = groupEntry(state, forms)
    if (entry) entries.push({...entry, entity: entry.entity ?? `n${++count}`})
  }
  return entries
}

/** The occurrences' names, by key. */
function namesOf(state: OrgReading, textOf: ReadonlyMap<string, string>): Map<string, OrgName> {
  const names = new Map<string, OrgName>()
  const {occurrences} = state
  for (let o = 0; o < occurrences.length; o++) addName(state, names, textOf, occurrences[o]!)
  return names
}

/** The occurrences' forms and files by the group of their key (the groups joined: each written form's group found once, not per occurrence). */
function byGroupOf(state: OrgReading): FormsByKey {
  const byGroup: FormsByKey = new Map()
  const groupOf = new Map<string, string>()
  const {occurrences} = state
  for (let o = 0; o < occurrences.length; o++) addToGroup(state, groupOf, byGroup, occurrences[o]!)
  return byGroup
}

/** Record an occurrence under its name (by key): its form, the longest form, whether "the" is written before it. */
function addName(state: OrgReading, names: Map<string, OrgName>, textOf: ReadonlyMap<string, string>, item: OrgOccurrence): void {
  const key = keyOf(state, item.form)
  let name = names.get(key)
  if (!name) names.set(key, name = {key, form: item.form, forms: new Set(), withArticle: false, kind: state.kindOf.get(key)?.kind ?? null})
  name.forms.add(item.form)
  if (item.form.length > name.form.length) name.form = item.form
  if (!name.withArticle) name.withArticle = afterThe(textOf.get(item.file), item.start)
}

/** Record an occurrence's form and file under its group. */
function addToGroup(state: OrgReading, groupOf: Map<string, string>, byGroup: FormsByKey, item: OrgOccurrence): void {
  let group = groupOf.get(item.form)
  if (group === undefined) groupOf.set(item.form, group = state.groups.find(keyOf(state, item.form)))
  addForm(byGroup, group, item.form, item.file)
}

/** The entry of one group of forms (its entity's id when it names one), or null when the outlets write it one way. */
function groupEntry(state: OrgReading, forms: ReadonlyMap<string, ReadonlySet<string>>): Omit<NamingEntry, 'entity'> & {entity: string | undefined} | null {
  // "The X" beside "X" is one outlet's style, a difference only when another writes "the X".
  const plain = new Set([...forms.keys()].map((form) => form.replace(/^The /, '')))
  const articles = [...forms.keys()].some((form) => form.startsWith('The ')) && [...forms.keys()].some((form) => form.startsWith('the '))
  if (plain.size < 2 && !articles) return null
  const members = [...forms.keys()].map((form) => state.kindOf.get(keyOf(state, form))).filter((entity): entity is LinkedEntity => entity !== undefined)
  const entity = members.sort((a, b) => b.members.length - a.members.length)[0]
  const name = canonical(forms)
  const variants = classifyVariants(name, [...forms].map(([form, files]) => ({form, files: [...files]})))
  return {entity: entity?.id, name, kind: entity?.kind === 'place' ? 'place' : 'organization', kinds: kindsOf(variants), variants, titles: []}
}

/** Whether "the " or "The " stands straight before `offset` (`/\b[Tt]he $/` on the four characters before it). */
function afterThe(text: string | undefined, offset: number): boolean {
  return text !== undefined && offset >= 4 && text.charCodeAt(offset - 1) === 32 && text.charCodeAt(offset - 2) === 101 &&
    text.charCodeAt(offset - 3) === 104 && (text.charCodeAt(offset - 4) === 116 || text.charCodeAt(offset - 4) === 84)
}

/** The name most files write, the longest of those, an abbreviation or "the X" only when there is nothing else. */
function canonical(forms: ReadonlyMap<string, ReadonlySet<string>>): string {
  const plain = (form: string) => Number(acronymLetters(form) === null && !/^[Tt]he /.test(form))
  return [...forms].sort((a, b) => plain(b[0]) - plain(a[0]) || b[1].size - a[1].size || b[0].length - a[0].length)[0]![0]
}

/**
 * "The X" and "the X" as written, for names that some outlet writes with a capital
 * article mid-sentence ("in The Washington Post").
 */
function addArticleForms(byGroup: ReadonlyMap<string, unknown>, texts: readonly NamingText[], groupOf: (form: string) => string | null,
  add: (group: string, form: string, file: string) => void): void {
  const names = new Set<string>()
  for (let t = 0; t < texts.length; t++) findArticleNames(texts[t]!, names)
  for (const name of names) {
    const known = groupOf(name)
    const group = known !== null && byGroup.has(known) ? known : null
    const written: Array<{form: string, file: string}> = []
    const pattern = new RegExp(`\\b([Tt]he) ${escapeRegExp(name)}(?![\\p{L}])`, 'gu')
    for (let t = 0; t < texts.length; t++) addWithArticle(written, texts[t]!, name, pattern)
    // A name that is no entity is listed only when outlets differ on its article's capital.
    if (group === null && new Set(written.map((item) => item.form)).size < 2) continue
    // The capital article is part of the name as written; the small one is listed beside it.
    for (const item of written) add(group ?? orgKey(name), item.form, item.file)
  }
}

/** Record where `text` writes "The X" or "the X" for the name X (`pattern`), in running text. */
function addWithArticle(written: Array<{form: string, file: string}>, {file, text}: NamingText, name: string, pattern: RegExp): void {
  // Most texts never write the name: `includes` passes over them many times faster than the regex.
  if (!text.includes(name)) return
  for (const match of text.matchAll(pattern)) {
    if (isHeadingLine(text, match.index!) || (match[1] === 'The' && isSentenceStart(text, match.index!))) continue
    written.push({form: `${match[1]} ${name}`, file})
  }
}
