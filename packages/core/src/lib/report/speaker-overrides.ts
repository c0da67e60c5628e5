import type {QuoteGroup} from '../story/types.js'
import {plural} from './text-layout.js'

/**
 * How many outlets carry a quote group and, when the group's speaker was decided
 * against some renderings' own attribution, how many: "3 outlets; 1 of 3 renderings
 * names another speaker". A report that printed the agreed name alone would claim an
 * agreement on the speaker that the outlets do not share.
 */
export function groupCarriers(group: QuoteGroup): string {
  const others = group.overridden.length
  if (others === 0) return plural(group.files.length, 'outlet')
  return `${plural(group.files.length, 'outlet')}; ${others} of ${group.members.length} renderings ${others === 1 ? 'names' : 'name'} another speaker`
}

/** For a rendering whose own speaker the group's overrides: whom its outlet gives ("Arvo Pekk", or "no one"); else null. */
export function ownSpeaker(group: QuoteGroup, index: number): string | null {
  return group.overridden.includes(index) ? group.members[index]!.speaker ?? 'no one' : null
}

/**
 * What a quote group's grouping and speaker rest on, as one line for a reviewer:
 * "3 outlets; 1 of 3 renderings names another speaker. Renderings: 2 identical, 1 altered."
 */
export function quoteGroupBasis(group: QuoteGroup): string {
  const verdicts = new Map<string, number>()
  group.members.forEach((member, index) => {
    if (index !== group.fullest) verdicts.set(member.verdict, (verdicts.get(member.verdict) ?? 0) + 1)
  })
  const against = [...verdicts].map(([verdict, count]) => `${count} ${verdict}`).join(', ')
  return `${groupCarriers(group)}. Against the fullest rendering: ${against || 'no other rendering'}.`
}
