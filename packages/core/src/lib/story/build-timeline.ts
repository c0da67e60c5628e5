import type {ClaimGroup, StoryClaim, TimelineEntry} from './types.js'

/**
 * The story's days: each claim dated to one day joins that day, and the day lists
 * its events, one per claim group, so two events of one kind on two days (two
 * phone calls) stay two entries, and two events on one day stay apart.
 */
export function buildTimeline(claims: readonly StoryClaim[], groups: readonly ClaimGroup[]): TimelineEntry[] {
  // Indexed loops, no set per claim: this runs once per story, over every group member and claim.
  const groupOf = new Map<StoryClaim, string>()
  for (let g = 0; g < groups.length; g++) {
    const {id, members} = groups[g]!
    for (let m = 0; m < members.length; m++) groupOf.set(members[m]!, id)
  }
  const days = new Map<string, StoryClaim[]>()
  const claimDays: string[] = []
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c]!
    const dates = claim.dates
    if (dates.length === 0) continue
    // Each day the claim gives once, in order of first mention.
    claimDays.length = 0
    for (let d = 0; d < dates.length; d++) {
      const day = dates[d]!.from
      if (day && day === dates[d]!.to && !claimDays.includes(day)) claimDays.push(day)
    }
    for (let d = 0; d < claimDays.length; d++) {
      const day = claimDays[d]!
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
