import {words} from './name-reading.js'
import type {Group, Member} from './link-state.js'
import {addTo} from '../push-to.js'
import {packedMap} from '../packed-map.js'
import type {LinkedEntity} from './types.js'

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

/** The linked entity a group makes: its id, kind, canonical name, written forms and members. */
export function toLinked(group: Group, id: string, personText: (member: Member) => string): LinkedEntity {
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
