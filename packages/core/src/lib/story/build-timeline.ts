import type {ClaimGroup, StoryClaim, TimelineEntry} from './types.js'

/**
 * The story's days: each claim dated to one day joins that day, and the day lists
 * its events, one per claim group, so two events of one kind on two days (two
 * phone calls) stay two entries, and two events on one day stay apart.
 */
export function buildTimeline(claims: readonly StoryClaim[], groups: readonly ClaimGroup[]): TimelineEntry[] {
  const groupOf = new Map<StoryClaim, string>()
  for (const group of groups) for (const member of group.members) groupOf.set(member, group.id)
  const days = new Map<string, StoryClaim[]>()
  for (const claim of claims) {
    for (const day of new Set(claim.dates.filter((date) => date.from && date.from === date.to).map((date) => date.from!))) {
      if (!days.has(day)) days.set(day, [])
      days.get(day)!.push(claim)
    }
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, members]) => {
    const events = new Map<string, number[]>()
    members.forEach((member, i) => {
      const key = groupOf.get(member) ?? `solo:${i}`
      if (!events.has(key)) events.set(key, [])
      events.get(key)!.push(i)
    })
    return {date, members, events: [...events].map(([key, list]) => ({group: key.startsWith('solo:') ? null : key, members: list}))}
  })
}
