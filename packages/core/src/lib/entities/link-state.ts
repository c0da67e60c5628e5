import {readName, type Reading} from './name-reading.js'
import type {Entity, EntityKind} from './types.js'

/** A cross-article identity as linking builds it: what it joins on, and its members. */
export interface Group {
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
export interface Member {
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
export const MemberOf = function (this: Member, article: string, entity: Entity, reading: Reading) {
  this.article = article
  this.entity = entity
  this.reading = reading
} as unknown as new (article: string, entity: Entity, reading: Reading) => Member
MemberOf.prototype = Object.prototype

/** What linking builds as it goes: the groups, found by kind and key, by given-name key and by whole-name key, each list in the order the groups were made; names read. */
export interface LinkState {
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

/** The reading of a name of a kind, made the first time the name is met. */
export function readOnce(reading: LinkState['reading'], kind: EntityKind, name: string): Reading {
  const ofKind = reading[kind]
  let found = ofKind.get(name)
  if (!found) ofKind.set(name, found = readName(kind, name))
  return found
}
