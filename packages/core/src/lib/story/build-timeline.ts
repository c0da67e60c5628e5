import type {ClaimGroup, StoryClaim, TimelineEntry} from './types.js'

/**
 * The story's days: each claim dated to one day joins that day, and the day lists
 * its events, one per claim group, so two events of one kind on two days (two
 * phone calls) stay two entries, and two events on one day stay apart.
 */
export function buildTimeline(claims: readonly StoryClaim[], groups: readonly ClaimGroup[]): TimelineEntry[] {
  // Walked by `forEach` with module callbacks, no set per claim: the loops of this
  // once-per-story function were compiled on-stack on a story of 1,000 articles.
  const groupOf = new Map<StoryClaim, string>()
  groups.forEach(addGroup, groupOf)
  const days = new Map<string, StoryClaim[]>()
  claims.forEach(addDays, days)
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

function addGroup(this: Map<StoryClaim, string>, group: ClaimGroup): void {
  const {id, members} = group
  for (let m = 0; m < members.length; m++) this.set(members[m]!, id)
}

/** The days one claim gives (each once, in order of first mention), reused from claim to claim. */
const claimDays: string[] = []

/** Files a claim under each day it gives (a date whose range is that one day). */
function addDays(this: Map<string, StoryClaim[]>, claim: StoryClaim): void {
  const dates = claim.dates
  if (dates.length === 0) return
  claimDays.length = 0
  for (let d = 0; d < dates.length; d++) {
    const day = dates[d]!.from
    if (day && day === dates[d]!.to && !claimDays.includes(day)) claimDays.push(day)
  }
  for (let d = 0; d < claimDays.length; d++) {
    const day = claimDays[d]!
    if (!this.has(day)) this.set(day, [])
    this.get(day)!.push(claim)
  }
}
