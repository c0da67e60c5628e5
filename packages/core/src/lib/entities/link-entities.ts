import {nameKey} from './name-key.js'
import type {ArticleEntities, Entity, EntityKind, LinkedEntity} from './types.js'

interface Group {
  kind: EntityKind
  /** Key of the surname (people) or of the whole name. */
  key: string
  /** Key of the given name, once one member has a full name. */
  given: string | null
  members: Array<{article: string, entity: Entity}>
}

const prefixes: Record<EntityKind, string> = {person: 'p', organization: 'o', place: 'l'}

/**
 * Join the entities of several articles into cross-article identities. People
 * join on the transliteration key of their surname (`nameKey`: Zelensky /
 * Zelenskyy / Zelenskiy) when their given names agree by key (Yuri / Yury, Sergey
 * / Sergei) or one article gives none; organisations and places join on the key of
 * the whole name (Kyiv / Kiev). Each identity keeps every written form with the
 * articles that used it.
 *
 * Known limits: two people with one surname and no given name anywhere are joined;
 * a given name written as an initial joins any given name with that letter.
 */
export function linkEntities(list: readonly ArticleEntities[]): LinkedEntity[] {
  if (!Array.isArray(list)) throw new TypeError(`Expected an array of ArticleEntities, not ${typeof list}`)
  const groups: Group[] = []
  // Full names first, so that a lone surname in one article meets the full name from another.
  const ordered = list.flatMap((item) => item.entities.map((entity: Entity) => ({article: item.article, entity})))
    .sort((a, b) => words(b.entity.name) - words(a.entity.name))
  for (const member of ordered) {
    const {entity} = member
    const parts = entity.name.split(/\s+/).filter(Boolean)
    const key = entity.kind === 'person' ? nameKey(parts[parts.length - 1] ?? '') : parts.map(nameKey).join(' ')
    const given = entity.kind === 'person' && parts.length > 1 ? nameKey(parts[0]!) : null
    const group = groups.find((g) => g.kind === entity.kind && g.key === key && (g.given === null || given === null || compatible(g.given, given)))
    if (group) {
      group.members.push(member)
      group.given ??= given
    } else groups.push({kind: entity.kind, key, given, members: [member]})
  }
  const counters: Record<EntityKind, number> = {person: 0, organization: 0, place: 0}
  return groups
    .sort((a, b) => b.members.length - a.members.length || firstMention(a) - firstMention(b))
    .map((group) => toLinked(group, `${prefixes[group.kind]}${++counters[group.kind]}`))
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

function toLinked(group: Group, id: string): LinkedEntity {
  const forms = new Map<string, Set<string>>()
  for (const {article, entity} of group.members) {
    for (const form of entity.forms) {
      if (!forms.has(form)) forms.set(form, new Set())
      forms.get(form)!.add(article)
    }
  }
  // The canonical name: the fullest name, used by the most articles.
  const names = new Map<string, Set<string>>()
  for (const {article, entity} of group.members) {
    if (!names.has(entity.name)) names.set(entity.name, new Set())
    names.get(entity.name)!.add(article)
  }
  let name = ''
  for (const [candidate, articles] of names) {
    const better = words(candidate) > words(name) || (words(candidate) === words(name) && articles.size > (names.get(name)?.size ?? 0))
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
