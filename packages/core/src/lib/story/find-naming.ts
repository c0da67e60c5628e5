import type {LinkedGroup} from '../entities/link-entities.js'
import type {LinkedEntity} from '../entities/types.js'
import {organizationNaming} from './naming-organizations.js'
import {personNaming, type MemberSource} from './naming-people.js'
import {termNaming} from './naming-terms.js'
import {workNaming} from './naming-works.js'
import {aliasNaming} from './naming-aliases.js'
import {compassNaming} from './naming-compass.js'
import type {NamingText} from './naming-text.js'
import type {NamingEntry, NamingKind} from './types.js'

/**
 * Which outlets write a name which way, and how the ways differ (`NamingKind`):
 * people (middle initials, suffixes, nicknames, titles as written, transliterations:
 * Horvasky / Horvaskyy), organisations and places (F.B.I. / FBI, NSA / National
 * Security Agency, Justice Department / Department of Justice, The Courier / the
 * Courier), and terms the outlets capitalise or hyphenate differently (NOVA /
 * Nova, re-open / reopen). `texts` (article id → text) lets it read what the
 * entities do not hold: titles and articles before names, abbreviations, terms;
 * without it only entity forms are compared. Entries with the most telling
 * differences come first, then those more outlets share.
 */
export function findNaming(groups: readonly LinkedGroup[], fileOf: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, string> = new Map()): NamingEntry[] {
  const linked = groups.map((group) => group.linked)
  // People and bodies both read an entity's members: each entity's are gathered once, with their files and texts.
  const members = new Map<LinkedEntity, MemberSource[]>()
  for (const {linked: entity, entities} of groups) {
    members.set(entity, entity.members.map((member, index) =>
      ({entity: entities[index]!, file: fileOf.get(member.article) ?? member.article, text: texts.get(member.article)})))
  }
  const membersOf = (entity: LinkedEntity): MemberSource[] => members.get(entity) ?? []
  const namingTexts: NamingText[] = [...texts].map(([id, text]) => ({file: fileOf.get(id) ?? id, text}))
  const people = linked.filter((entity) => entity.kind === 'person').map((entity) => personNaming(entity, membersOf(entity)))
    .filter((entry): entry is NamingEntry => entry !== null)
  const bodies = organizationNaming(linked, membersOf, namingTexts)
  // A term already listed as a name (an abbreviation in capitals) is not listed twice.
  const listed = new Set([...people, ...bodies].flatMap((entry) => entry.variants.map((variant) => variant.form)))
  const terms = termNaming(namingTexts).filter((entry) => !entry.variants.every((variant) => listed.has(variant.form)))
  return byRank([...people, ...bodies, ...terms, ...workNaming(namingTexts), ...aliasNaming(namingTexts), ...compassNaming(namingTexts)])
}

/** The entries, the most telling first, then those more files write (each entry's two figures found once, not per comparison). */
function byRank(entries: readonly NamingEntry[]): NamingEntry[] {
  const keyed = entries.map((entry) => ({entry, rank: rank(entry), files: files(entry)}))
  return keyed.sort((a, b) => a.rank - b.rank || b.files - a.files).map(({entry}) => entry)
}

const telling: readonly NamingKind[] = ['error', 'spelling', 'diacritic', 'case', 'form']

function rank(entry: NamingEntry): number {
  return Math.min(...entry.kinds.map((kind) => telling.indexOf(kind)), telling.length)
}

function files(entry: NamingEntry): number {
  return new Set(entry.variants.flatMap((variant) => variant.files)).size
}
