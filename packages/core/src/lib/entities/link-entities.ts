import {firstMade, nearKey, sameName} from './link-groups.js'
import {readName, words, type Reading} from './name-reading.js'
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
  members: Member[]
  /** The earliest first mention of its members, for the order of the linked entities. */
  first: number
}

/** An entity of one article, with what linking read from its name. */
interface Member {
  article: string
  entity: Entity
  reading: Reading
}

/** A linked entity with its members' entities, in the order of its `members`: what the story step reads besides the ids. */
export interface LinkedGroup {
  linked: LinkedEntity
  entities: Entity[]
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
  return linkEntityGroups(list).map((group) => group.linked)
}

/** `linkEntities`, each linked entity with its members' entities (no lookup by article and id to find them again). */
export function linkEntityGroups(list: readonly ArticleEntities[]): LinkedGroup[] {
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
  const ordered: Member[] = []
  for (const item of list) for (const entity of item.entities) ordered.push({article: item.article, entity, reading: read(entity)})
  ordered.sort((a, b) => b.reading.words - a.reading.words)
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
  for (const member of ordered) {
    const {entity, reading} = member
    const {kind, person, key, kindKey, given, givenWord, whole} = reading
    const group = firstMade(byKey.get(kindKey), order, (g) => sameName(g, given, givenWord)) ??
      // A slip of one letter in a long surname, when the given names agree ("Anna Borgen" / "Anna Borgan").
      (person && given && given.length > 1 ? firstMade(byGiven.get(given), order, (g) => g.kind === 'person' && nearKey(g.key, key)) : undefined) ??
      // A person whose whole name differs only in spaces and hyphens.
      (whole ? firstMade(byWhole.get(whole), order, (g) => g.kind === 'person') : undefined)
    const first = entity.mentions[0]?.start ?? 0
    if (group) {
      group.members.push(member)
      if (first < group.first) group.first = first
      if (group.given === null && given !== null) file(byGiven, given, group)
      group.given ??= given
      group.givenWord ??= givenWord
      if (whole && !group.whole.has(whole)) {
        group.whole.add(whole)
        file(byWhole, whole, group)
      }
    } else {
      const made: Group = {kind, key, given, givenWord, whole: new Set(whole ? [whole] : []), members: [member], first}
      order.set(made, groups.length)
      groups.push(made)
      file(byKey, kindKey, made)
      if (given !== null) file(byGiven, given, made)
      if (whole) file(byWhole, whole, made)
    }
  }
  const counters: Record<EntityKind, number> = {person: 0, organization: 0, place: 0}
  return groups
    .sort((a, b) => b.members.length - a.members.length || a.first - b.first)
    .map((group) => ({
      linked: toLinked(group, `${prefixes[group.kind]}${++counters[group.kind]}`,
        // A person's name as linking read it (an entity written as a body is read again, as a person's).
        ({entity, reading}) => entity.kind === 'person' ? reading.text : read({kind: 'person', name: entity.name}).text),
      entities: group.members.map((member) => member.entity)
    }))
}

function toLinked(group: Group, id: string, personText: (member: Member) => string): LinkedEntity {
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
  for (const member of group.members) {
    const {article, entity} = member
    const written = group.kind === 'person' ? personText(member) || entity.name : entity.name
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
