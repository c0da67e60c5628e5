import {escapeRegExp} from '../escape-reg-exp.js'
import {distance as editDistance} from 'fastest-levenshtein'
import {isNicknameOf} from '../entities/nicknames.js'
import {isInitial, parsePersonName} from '../entities/person-name.js'
import {titleHeads} from '../entities/titles.js'
import type {LinkedEntity} from '../entities/types.js'
import {memberWith} from './conflict-member.js'
import type {Conflict, StoryClaim} from './types.js'
import {pushTo} from '../push-to.js'

/**
 * Title words that say too little of who is meant: honorifics, and roles many people
 * hold at once in one story (two aides or two lawyers may share a surname).
 */
const tooCommon = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'professor', 'aide', 'adviser', 'advisor',
  'official', 'officer', 'lawyer', 'attorney', 'analyst', 'executive', 'head', 'candidate', 'leader', 'reporter', 'correspondent',
  'columnist', 'editor', 'author', 'actor', 'actress', 'singer', 'activist', 'doctor', 'physician', 'scientist', 'researcher',
  'economist', 'strategist', 'lawmaker', 'diplomat', 'delegate', 'ally', 'rival', 'opponent', 'host', 'owner', 'founder', 'manager'])
/** As sure as a slot that differs in two sentences about one person: the title and surname make it one person, not a certainty. */
const confidence = 0.6

interface Named {
  entity: LinkedEntity
  given: string
  surname: string
  files: Set<string>
}

/**
 * Name conflicts: one person given different first names ("Mayor Omar Reyes" in one
 * outlet, "Mayor Oscar Reyes" in another). Two people of one surname are told apart
 * unless every sign says they are one: no article names both, the given names are
 * not one name (a nickname by the maintained list, an initial, one the start of the
 * other), and each outlet writes the same title right before the full name, a title
 * one person holds (a mayor, a police chief; not "Mr." or "an aide"). Each member is
 * the first sentence of its outlet that gives the title and the name.
 */
export function findNameConflicts(entities: readonly LinkedEntity[], claims: readonly StoryClaim[], fileOf: (article: string) => string | undefined): Array<Omit<Conflict, 'id'>> {
  const bySurname = new Map<string, Named[]>()
  for (const entity of entities) {
    if (entity.kind !== 'person') continue
    const givens = new Set<string>()
    let surname = ''
    for (const {form} of entity.forms) {
      const name = parsePersonName(form)
      if (!name.given || isInitial(name.given)) continue
      givens.add(name.given)
      surname = name.surname
    }
    // One given name, or the entity already holds a variant (naming shows it).
    if (givens.size !== 1 || !/^\p{Lu}\p{Ll}/u.test(surname)) continue
    const files = new Set(entity.members.map((member) => fileOf(member.article)).filter((file): file is string => file !== undefined))
    const key = fold(surname)
    pushTo(bySurname, key, {entity, given: [...givens][0]!, surname, files})
  }
  const out: Array<Omit<Conflict, 'id'>> = []
  const position = new Map<StoryClaim, number>(claims.map((claim, i) => [claim, i]))
  const order = (mentions: ReadonlyArray<{claim: StoryClaim}>) => Math.min(...mentions.map((mention) => position.get(mention.claim)!))
  let claimsByFile: Map<string, StoryClaim[]> | null = null
  for (const named of bySurname.values()) {
    if (named.length < 2) continue
    claimsByFile ??= groupByFile(claims)
    const titled = named.map((person) => titledMentions(person, claimsByFile!))
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i]!
        const b = named[j]!
        if (!differentNames(a.given, b.given) || [...a.files].some((file) => b.files.has(file))) continue
        const title = [...titled[i]!.keys()].find((head) => titled[j]!.has(head))
        if (!title) continue
        // In the order the outlets were given.
        const [x, y] = order(titled[i]!.get(title)!) <= order(titled[j]!.get(title)!) ? [a, b] : [b, a]
        const members = [...titled[named.indexOf(x)]!.get(title)!, ...titled[named.indexOf(y)]!.get(title)!]
        out.push({
          kind: 'name', group: null, confidence,
          reason: `one surname with one title ("${title}") before it in outlets that never name two people of that surname, given different first names`,
          summary: `${title.charAt(0).toUpperCase()}${title.slice(1)} ${x.surname}: ${x.given} vs ${y.given}`,
          members: members.map((mention) => memberWith(mention.claim, mention.given))
        })
      }
    }
  }
  return out
}

/** Lower case without accents: the surname as outlets that drop diacritics write it. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * Whether two given names are two names: not equal, no nickname of one another,
 * neither the start of the other ("Alex"/"Alexander"), and not one name spelt two
 * ways ("Karolos"/"Carolos": one letter apart, or two in names of six letters or
 * more), which is a naming variant, not another name.
 */
function differentNames(a: string, b: string): boolean {
  const x = fold(a)
  const y = fold(b)
  if (x === y || x.startsWith(y) || y.startsWith(x) || isNicknameOf(x, y)) return false
  const apart = editDistance(x, y)
  return apart > 2 || (apart === 2 && Math.min(x.length, y.length) < 6)
}

function groupByFile(claims: readonly StoryClaim[]): Map<string, StoryClaim[]> {
  const out = new Map<string, StoryClaim[]>()
  for (const claim of claims) pushTo(out, claim.file, claim)
  return out
}

/** By title word: the first sentence of each of the person's files that writes the title right before the full name. */
function titledMentions(person: Named, claimsByFile: ReadonlyMap<string, readonly StoryClaim[]>): Map<string, Array<{claim: StoryClaim, given: string}>> {
  const out = new Map<string, Array<{claim: StoryClaim, given: string}>>()
  const pattern = new RegExp(`(\\S+)\\s+${escapeRegExp(person.given)}\\s+(?:\\p{Lu}\\.\\s+)*${escapeRegExp(person.surname)}(?![\\p{L}])`, 'gu')
  for (const file of person.files) {
    const seen = new Set<string>()
    for (const claim of claimsByFile.get(file) ?? []) {
      for (const match of claim.text.matchAll(pattern)) {
        const head = match[1]!.toLowerCase()
        if (!/^\p{Lu}/u.test(match[1]!) || !titleHeads.has(head) || tooCommon.has(head) || seen.has(head)) continue
        seen.add(head)
        pushTo(out, head, {claim, given: person.given})
      }
    }
  }
  return out
}
