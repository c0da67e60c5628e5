import {firstMade, nearKey, sameName} from './link-groups.js'
import {sameGeneration} from './link-generation.js'
import {MemberOf, readOnce, type Group, type LinkState, type Member} from './link-state.js'
import {toLinked} from './linked-entity.js'
import {pushTo} from '../push-to.js'
import type {ArticleEntities, Entity, EntityKind, LinkedEntity} from './types.js'

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
