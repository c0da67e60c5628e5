import type {Stance} from '../claims/types.js'
import type {ClaimGroup, Story, StoryClaim} from '../story/types.js'
import {percent} from './rank-conflicts.js'

/** How one outlet carries a shared fact: its own sentences and stance, or silent. */
export interface FactCell {
  file: string
  /** The outlet's stance; `absent` when it is silent on the fact. */
  stance: Stance | 'absent'
  /** Whether a silent outlet has something close (it may say it in other words). */
  maybe: boolean
  /** The outlet's own sentences for the fact (empty when silent). */
  members: StoryClaim[]
}

/** A fact two or more outlets carry, with every outlet's cell in story order. */
export interface SharedFact {
  group: ClaimGroup
  /** How many outlets carry it. */
  outlets: number
  /** Whether the outlets that carry it take different stances. */
  mixed: boolean
  cells: FactCell[]
}

/** The facts two or more outlets carry, the most widely carried first, then those the outlets frame differently. */
export function sharedFacts(story: Story): SharedFact[] {
  const facts: SharedFact[] = []
  for (const group of story.claimGroups) {
    // Coverage is sparse (a file not listed is absent); members and entries by file, once per group.
    const coverOf = new Map(group.coverage.map((cover) => [cover.file, cover]))
    const membersOf = new Map<string, StoryClaim[]>()
    for (const member of group.members) {
      const list = membersOf.get(member.file)
      if (list) list.push(member)
      else membersOf.set(member.file, [member])
    }
    const cells = story.articles.map((article): FactCell => {
      const cover = coverOf.get(article.file)
      const members = membersOf.get(article.file) ?? []
      const stance = cover?.stance ?? (members[0]?.stance ?? 'absent')
      return {file: article.file, stance: members.length === 0 ? 'absent' : stance, maybe: cover?.carried === 'maybe', members}
    })
    const carrying = cells.filter((cell) => cell.members.length > 0)
    if (carrying.length < 2) continue
    facts.push({group, outlets: carrying.length, mixed: new Set(carrying.map((cell) => cell.stance)).size > 1, cells})
  }
  return facts.map((fact, index) => ({fact, index}))
    .sort((a, b) => b.fact.outlets - a.fact.outlets || Number(b.fact.mixed) - Number(a.fact.mixed) || a.index - b.index)
    .map(({fact}) => fact)
}

/**
 * How sure the grouping is, for a reader: sentences of different outlets are one fact
 * because each pair is alike (groups are cliques), so the least alike pair says how
 * loosely they hold together. Null for a story without cohesion (before version 2).
 */
export function factBasis(group: ClaimGroup): string | null {
  return group.cohesion === undefined ? null : `grouped by what they say; the least alike two sentences ${percent(group.cohesion)} similar`
}
