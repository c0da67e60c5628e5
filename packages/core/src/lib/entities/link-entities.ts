import {firstMade, nearKey, sameName} from './link-groups.js'
import {readName, words, type Reading} from './name-reading.js'
import {addTo, pushTo} from '../push-to.js'
import {packedMap} from '../packed-map.js'
import type {ArticleEntities, Entity, EntityKind, LinkedEntity} from './types.js'

interface Group {
  kind: EntityKind
  /** Key of the surname (people) or of the whole name. */
  key: string
  /** Key of the given name, once one member has a full name. */
  given: string | null
  /** The given name as first written, for the nickname list (Bob / Robert). */
  givenWord: string | null
  /** Middle initials of the first member that wrote them ("hw"), or null. */
  initials: string | null
  /** Generational suffix of the member that made it ("jr"), or null. */
  suffix: string | null
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

/**
 * Made by a constructor, which V8 does not track by allocation site: members live
 * through the whole linking, and as a literal their site was moved to old space
 * mid-story and `readMembers`' compiled code thrown away (see packed-map.ts). A plain
 * object with the literal's keys in the literal's order.
 */
const MemberOf = function (this: Member, article: string, entity: Entity, reading: Reading) {
  this.article = article
  this.entity = entity
  this.reading = reading
} as unknown as new (article: string, entity: Entity, reading: Reading) => Member
MemberOf.prototype = Object.prototype

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
 * written form with the articles that used it. Two full names whose middle initials
 * differ ("H.W." / "W.") are two people.
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
  // The work per entity is in small functions called per entity (`readMembers`,
  // `joinMember`), not in loops of this one: the engine compiles a small function
  // that runs many times at once and uses it for the next call, where a long loop
  // here made it compile this whole function mid-story, for a next call that a
  // story's compare never makes.
  const state: LinkState = {
    groups: [], byKey: new Map(), byGiven: new Map(), byWhole: new Map(), order: new Map(), joinedBy: new Map(),
    reading: {person: new Map(), organization: new Map(), place: new Map()}
  }
  // Full names first, so that a lone surname in one article meets the full name from another.
  const ordered: Member[] = []
  for (let i = 0; i < list.length; i++) readMembers(list[i]!, state.reading, ordered)
  ordered.sort(byWords)
  joinMembers(ordered, state)
  const counters: Record<EntityKind, number> = {person: 0, organization: 0, place: 0}
  return state.groups
    .sort((a, b) => b.members.length - a.members.length || a.first - b.first)
    .map((group) => ({
      linked: toLinked(group, `${prefixes[group.kind]}${++counters[group.kind]}`,
        // A person's name as linking read it (an entity written as a body is read again, as a person's).
        ({entity, reading}) => entity.kind === 'person' ? reading.text : readOnce(state.reading, 'person', entity.name).text),
      entities: group.members.map((member) => member.entity)
    }))
}

/** What linking builds as it goes: the groups, found by kind and key, by given-name key and by whole-name key, each list in the order the groups were made; names read. */
interface LinkState {
  groups: Group[]
  byKey: Map<string, Group[]>
  byGiven: Map<string, Group[]>
  byWhole: Map<string, Group[]>
  order: Map<Group, number>
  /**
   * The group each reading of a name joined by its key (or made): another member read
   * the same way joins it again, without the search. (Groups made later come later in
   * the order, and a group's given name, once set, stays: the search would find it again.)
   */
  joinedBy: Map<Reading, Group>
  /** A name is read once however many articles write it (a map per kind: no key string per entity). */
  reading: Record<EntityKind, Map<string, Reading>>
}

function readOnce(reading: LinkState['reading'], kind: EntityKind, name: string): Reading {
  const ofKind = reading[kind]
  let found = ofKind.get(name)
  if (!found) ofKind.set(name, found = readName(kind, name))
  return found
}

/** One article's entities as members, each with its name read. */
function readMembers(item: ArticleEntities, reading: LinkState['reading'], into: Member[]): void {
  const entities = item.entities
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i]!
    into.push(new MemberOf(item.article, entity, readOnce(reading, entity.kind, entity.name)))
  }
}

function byWords(a: Member, b: Member): number {
  return b.reading.words - a.reading.words
}

/** Join each member in turn (a long loop in a small function of its own: the engine compiles it while it runs, to go on in it at once). */
function joinMembers(ordered: readonly Member[], state: LinkState): void {
  for (let i = 0; i < ordered.length; i++) joinMember(ordered[i]!, state)
}

/** Join a member to the first group made that takes its name, or make its own. */
function joinMember(member: Member, state: LinkState): void {
  const {entity, reading} = member
  const {kind, person, key, kindKey, given, givenWord, initials, suffix, whole} = reading
  const {groups, byKey, byGiven, byWhole, order} = state
  // A name read as another member's was, that joined a group by its key or made one, joins that group again.
  let group = state.joinedBy.get(reading)
  if (group === undefined) {
    group = firstMade(byKey.get(kindKey), order, (g) => sameName(g, given, givenWord, initials) && sameGeneration(g, member))
    // (Only a group of its own suffix takes the name in every article.)
    if (group && group.suffix === suffix) state.joinedBy.set(reading, group)
  }
  group ??=
    // A slip of one letter in a long surname, when the given names agree ("Anna Borgen" / "Anna Borgan").
    (person && given && given.length > 1 ? firstMade(byGiven.get(given), order, (g) => g.kind === 'person' && nearKey(g.key, key)) : undefined) ??
    // A person whose whole name differs only in spaces and hyphens.
    (whole ? firstMade(byWhole.get(whole), order, (g) => g.kind === 'person') : undefined)
  const first = entity.mentions[0]?.start ?? 0
  if (group) {
    group.members.push(member)
    if (first < group.first) group.first = first
    if (group.given === null && given !== null) pushTo(byGiven, given, group)
    group.given ??= given
    group.givenWord ??= givenWord
    group.initials ??= initials
    if (whole && !group.whole.has(whole)) {
      group.whole.add(whole)
      pushTo(byWhole, whole, group)
    }
  } else {
    const made: Group = {kind, key, given, givenWord, initials, suffix, whole: new Set(whole ? [whole] : []), members: [member], first}
    state.joinedBy.set(reading, made)
    order.set(made, groups.length)
    groups.push(made)
    pushTo(byKey, kindKey, made)
    if (given !== null) pushTo(byGiven, given, made)
    if (whole) pushTo(byWhole, whole, made)
  }
}

/**
 * Whether the member may be of the group's generation: the same suffix, or the group holds
 * no entity of the member's article with its given name and another suffix that the article
 * names after the name without it ("Dorian Marle … Dorian Marle Jr." is his son; "Dorian
 * Marle III … Dorian Marle" is one man, written short).
 */
function sameGeneration(group: Group, member: Member): boolean {
  const {given, suffix} = member.reading
  if (group.suffix === suffix) return true
  const members = group.members
  for (let i = 0; i < members.length; i++) {
    const other = members[i]!
    if (other.article !== member.article || other.reading.given !== given || other.reading.suffix === suffix) continue
    if (suffix !== null && other.reading.suffix !== null) return false
    const [bare, suffixed] = suffix === null ? [member, other] : [other, member]
    if (firstAt(bare) < firstAt(suffixed)) return false
  }
  return true
}

function firstAt(member: Member): number {
  return member.entity.mentions[0]?.start ?? 0
}

/** Record the member's written forms, each with its article. */
function addForms(forms: Map<string, Set<string>>, {article, entity}: Member): void {
  const written = entity.forms
  for (let i = 0; i < written.length; i++) addTo(forms, written[i]!, article)
}

/** Every member's written forms, each with its articles (a long loop in a small function of its own, as `joinMembers`). */
function formsOf(members: readonly Member[]): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>()
  for (let i = 0; i < members.length; i++) addForms(forms, members[i]!)
  return forms
}

/** The members' names (a person's as linking read it: `personText`), each with its articles. */
function namesOf(members: readonly Member[], person: boolean, personText: (member: Member) => string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>()
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!
    addTo(names, person ? personText(member) || member.entity.name : member.entity.name, member.article)
  }
  return names
}

function toLinked(group: Group, id: string, personText: (member: Member) => string): LinkedEntity {
  const forms = formsOf(group.members)
  // The canonical name: a person's name without title or affiliation, the full
  // name (given and surname) most articles use, then the fullest; other kinds the fullest.
  const names = namesOf(group.members, group.kind === 'person', personText)
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
    members: packedMap(group.members, ({article, entity}) => ({article, entity: entity.id}))
  }
}
