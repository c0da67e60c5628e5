import {nameKey} from './name-key.js'
import {isKnownGivenName, isNicknameOf} from './nicknames.js'
import {orgWords} from './org-words.js'
import {parsePersonName, personNameText} from './person-name.js'
import type {ArticleEntities, Entity, EntityKind, LinkedEntity} from './types.js'

interface Group {
  kind: EntityKind
  /** Key of the surname (people) or of the whole name. */
  key: string
  /** Key of the given name, once one member has a full name. */
  given: string | null
  /** The given name as first written, for the nickname list (Bob / Robert). */
  givenWord: string | null
  /** Keys of whole person names written without spaces and hyphens (Kim Jong-un / Kim Jong Un). */
  whole: Set<string>
  members: Array<{article: string, entity: Entity}>
}

const prefixes: Record<EntityKind, string> = {person: 'p', organization: 'o', place: 'l'}

/**
 * Join the entities of several articles into cross-article identities. People
 * join on the transliteration key of their surname (`nameKey`: Horvasky /
 * Horvaskyy / Zelenskiy) when their given names agree by key (Ilya / Yury, Arkady
 * / Arkadi) or one article gives none; organisations and places join on the key of
 * the whole name (Kyiv / Kiev). A person's name is read without its title,
 * generational suffix and affiliation ("Chief Inspector Anna K. Lindqvist III",
 * "Tomas V. Brandt of Norway"), and a given name meets its nicknames from a
 * maintained list (Bob / Robert, Liz / Elizabeth); with the same given name, a
 * surname of five letters or more written with one letter off joins too (a slip
 * the naming step reports as an error), and so does a whole name that differs only
 * in spaces and hyphens (Kim Jong-un / Kim Jong Un). Each identity keeps every
 * written form with the articles that used it.
 *
 * Known limits: two people with one surname and no given name anywhere are joined;
 * a given name written as an initial joins any given name with that letter.
 */
export function linkEntities(list: readonly ArticleEntities[]): LinkedEntity[] {
  if (!Array.isArray(list)) throw new TypeError(`Expected an array of ArticleEntities, not ${typeof list}`)
  const groups: Group[] = []
  // A name is read once however many articles write it (a map per kind: no key string per entity).
  const reading: Record<EntityKind, Map<string, Reading>> = {person: new Map(), organization: new Map(), place: new Map()}
  const read = ({kind, name}: Pick<Entity, 'kind' | 'name'>) => {
    const ofKind = reading[kind]
    let found = ofKind.get(name)
    if (!found) ofKind.set(name, found = readName(kind, name))
    return found
  }
  // Full names first, so that a lone surname in one article meets the full name from another.
  const ordered = list.flatMap((item) => item.entities.map((entity: Entity) => ({article: item.article, entity, words: read(entity).words})))
    .sort((a, b) => b.words - a.words)
  // Groups by kind and key, by given-name key and by whole-name key, each list in the order the groups were made.
  const byKey = new Map<string, Group[]>()
  const byGiven = new Map<string, Group[]>()
  const byWhole = new Map<string, Group[]>()
  const order = new Map<Group, number>()
  const file = (index: Map<string, Group[]>, key: string, group: Group) => {
    const list = index.get(key)
    if (list) list.push(group)
    else index.set(key, [group])
  }
  // The first group made (as a linear search of all groups would find) among those a list holds that pass `test`.
  const first = (list: readonly Group[] | undefined, test: (g: Group) => boolean) => {
    let found: Group | undefined
    for (const g of list ?? []) if (test(g) && (!found || order.get(g)! < order.get(found)!)) found = g
    return found
  }
  for (const {article, entity} of ordered) {
    const member = {article, entity}
    const {kind, person, key, given, givenWord, whole} = read(entity)
    const group = first(byKey.get(`${kind}\u0000${key}`), (g) =>
      g.given === null || given === null || compatible(g.given, given) || isNicknameOf(g.givenWord!, givenWord!)) ??
      // A slip of one letter in a long surname, when the given names agree ("Anna Borgen" / "Anna Borgan").
      (person && given && given.length > 1 ? first(byGiven.get(given), (g) => g.kind === 'person' && nearKey(g.key, key)) : undefined) ??
      (whole ? first(byWhole.get(whole), (g) => g.kind === 'person') : undefined)
    if (group) {
      group.members.push(member)
      if (group.given === null && given !== null) file(byGiven, given, group)
      group.given ??= given
      group.givenWord ??= givenWord
      if (whole && !group.whole.has(whole)) {
        group.whole.add(whole)
        file(byWhole, whole, group)
      }
    } else {
      const made: Group = {kind, key, given, givenWord, whole: new Set(whole ? [whole] : []), members: [member]}
      order.set(made, groups.length)
      groups.push(made)
      file(byKey, `${kind}\u0000${key}`, made)
      if (given !== null) file(byGiven, given, made)
      if (whole) file(byWhole, whole, made)
    }
  }
  const counters: Record<EntityKind, number> = {person: 0, organization: 0, place: 0}
  const firstMentions = new Map(groups.map((group) => [group, firstMention(group)]))
  return groups
    .sort((a, b) => b.members.length - a.members.length || firstMentions.get(a)! - firstMentions.get(b)!)
    .map((group) => toLinked(group, `${prefixes[group.kind]}${++counters[group.kind]}`, (name) => read({kind: 'person', name}).text))
}

/** What linking reads from an entity's name and kind. */
interface Reading {
  kind: EntityKind
  person: boolean
  /** Key of the surname (people) or of the whole name. */
  key: string
  given: string | null
  givenWord: string | null
  whole: string | null
  /** Words that count for the name's fullness. */
  words: number
  /** A person's name without title or affiliation (people only). */
  text: string
}

function readName(written: EntityKind, name: string): Reading {
  const kind = kindOf({kind: written, name})
  const person = kind === 'person' ? parsePersonName(name) : null
  const key = person ? nameKey(person.surname) : name.split(/\s+/).filter(Boolean).map(nameKey).join(' ')
  const givenWord = person?.given ?? null
  const given = givenWord === null ? null : nameKey(givenWord)
  const whole = person && givenWord !== null ? nameKey(personNameText({...person, suffix: null}).replace(/[\s‐-]+/g, '')) : null
  const text = written === 'person' ? personNameText(parsePersonName(name)) : ''
  return {kind, person: person !== null, key, given, givenWord, whole, words: nameWords(name, written), text}
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

/** Whether two surname keys of five letters or more differ in one letter (changed, added or dropped). */
function nearKey(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1)
  return tail(a, b)
}

function words(name: string): number {
  return name.split(/\s+/).filter(Boolean).length
}

function compatible(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && (a.length === 1 || b.length === 1))
}

function firstMention(group: Group): number {
  return Math.min(...group.members.map((m) => m.entity.mentions[0]?.start ?? 0))
}

function toLinked(group: Group, id: string, personText: (name: string) => string): LinkedEntity {
  const forms = new Map<string, Set<string>>()
  for (const {article, entity} of group.members) {
    for (const form of entity.forms) {
      let articles = forms.get(form)
      if (!articles) forms.set(form, articles = new Set())
      articles.add(article)
    }
  }
  // The canonical name: a person's name without title or affiliation, the full
  // name (given and surname) most articles use, then the fullest; other kinds the fullest.
  const names = new Map<string, Set<string>>()
  for (const {article, entity} of group.members) {
    const written = group.kind === 'person' ? personText(entity.name) || entity.name : entity.name
    let articles = names.get(written)
    if (!articles) names.set(written, articles = new Set())
    articles.add(article)
  }
  const full = (candidate: string) => group.kind === 'person' ? Math.min(words(candidate), 2) : words(candidate)
  let name = ''
  for (const [candidate, articles] of names) {
    const [a, b] = [full(candidate), full(name)]
    const count = articles.size - (names.get(name)?.size ?? 0)
    const better = a > b || (a === b && (count > 0 || (count === 0 && words(candidate) > words(name))))
    if (!name || better) name = candidate
  }
  return {
    id,
    kind: group.kind,
    name,
    forms: [...forms].map(([form, articles]) => ({form, articles: [...articles]})),
    members: group.members.map(({article, entity}) => ({article, entity: entity.id}))
  }
}
