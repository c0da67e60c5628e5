import {findHandovers, type Handover} from './find-handovers.js'
import {UnionFind} from './union-find.js'
import type {Conflict, StoryClaim} from './types.js'
import {weekdays} from '../weekdays.js'

/** A stem carried by more handovers than this is too common to align by. */
const maximumPosting = 200

/**
 * Conflicts about one handover told differently by two outlets: who received it ("to
 * the council" / "to the mayor's lawyers"), through which channel ("over the
 * telephone" / "during a meeting"), spoken or on paper ("read the list to them" /
 * "gave them the list"), openly or without leave ("released" / "leaked"). Two
 * handovers of different outlets are one when they pass a thing of one name (a
 * shared stem of what was passed) and their sentences name one person or body in
 * common, and no date of theirs tells them apart. Handovers that disagree join into
 * one conflict (one event, every outlet's telling); a slot one outlet leaves out is
 * no disagreement, and recipients alone raise none (one handover reaches a reporter,
 * the paper and "the press" at once). Candidates come from an index of stems, never
 * from every pair.
 *
 * Known limit: two real handovers of one thing to two recipients on one day ("sent
 * the report to the council and then to the press") read as one told two ways, so
 * the confidence stays modest.
 */
export function findHandoverConflicts(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => readonly string[]): Array<Omit<Conflict, 'id'>> {
  // A text's handovers are read once (they hang on the text alone), then given to each claim that carries it.
  const byText = new Map<string, Handover[]>()
  const handovers = claims.flatMap((claim) => {
    let found = byText.get(claim.text)
    if (found === undefined) {
      byText.set(claim.text, found = findHandovers(claim))
      return found
    }
    return found.length === 0 ? found : found.map((handover) => ({...handover, claim}))
  })
  const index = new Map<string, Handover[]>()
  for (const handover of handovers) {
    for (const stem of handover.theme) {
      if (!index.has(stem)) index.set(stem, [])
      index.get(stem)!.push(handover)
    }
  }
  const keyOf = (h: Handover) => `${h.claim.file}\u0000${h.claim.start + h.at}`
  const joined = new UnionFind()
  const slotsOf = new Map<string, Set<string>>()
  const byKey = new Map<string, Handover>()
  for (const a of handovers) {
    const named = new Set(entitiesOf(a.claim))
    const seen = new Set<Handover>()
    for (const stem of a.theme) {
      const posting = index.get(stem)!
      if (posting.length > maximumPosting) continue
      for (const b of posting) {
        if (seen.has(b) || b.claim.file <= a.claim.file) continue
        seen.add(b)
        if (!entitiesOf(b.claim).some((entity) => named.has(entity))) continue
        if (datesApart(a.claim, b.claim)) continue
        const slots = differences(a, b)
        if (slots.length === 0) continue
        joined.union(keyOf(a), keyOf(b))
        for (const h of [a, b]) {
          byKey.set(keyOf(h), h)
          if (!slotsOf.has(keyOf(h))) slotsOf.set(keyOf(h), new Set())
          for (const slot of slots) slotsOf.get(keyOf(h))!.add(slot)
        }
      }
    }
  }
  const clusters = joined.groups(byKey)
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const cluster of clusters) {
    const slots = new Set(cluster.flatMap((h) => [...slotsOf.get(keyOf(h))!]))
    // Recipients alone are weak: one handover reaches a person, the paper they work for and
    // "reporters" at once. They join tellings to an event that differs in a surer slot.
    if (slots.size === 1 && slots.has('recipients')) continue
    const files = new Set(cluster.map((h) => h.claim.file))
    const theme = commonTheme(cluster)
    const members = new Map<string, Conflict['members'][number]>()
    for (const h of cluster) {
      const key = `${h.claim.file}\u0000${h.claim.start}`
      const held = members.get(key)
      if (held) held.value = `${held.value}; ${h.value}`
      else members.set(key, {file: h.claim.file, article: h.claim.article, start: h.claim.start, end: h.claim.end, text: h.claim.text, value: h.value})
    }
    out.push({
      kind: 'event', group: null,
      confidence: Math.min(0.7, 0.45 + 0.05 * slots.size + 0.05 * (files.size - 1)),
      reason: `${files.size} outlets tell one handover${theme ? ` of "${theme}"` : ''} (a thing of one name, a person or body named in common) with different ${[...slots].join(', ')}`,
      summary: `${theme ? `${theme} ` : ''}handed over: ${[...new Set(cluster.map((h) => h.value))].join(' vs ')}`,
      members: [...members.values()]
    })
  }
  return out
}

/** The slots in which two tellings of one handover differ (each told by both). */
function differences(a: Handover, b: Handover): string[] {
  const slots: string[] = []
  if (a.recipient && b.recipient && a.recipient !== b.recipient && !a.recipientWords.has(b.recipient) && !b.recipientWords.has(a.recipient)) slots.push('recipients')
  if (a.channel && b.channel && a.channel !== b.channel) slots.push('channels')
  if (a.medium && b.medium && a.medium !== b.medium) slots.push('media (spoken or written)')
  if (a.authority && b.authority && a.authority !== b.authority) slots.push('ways out (leaked or released)')
  return slots
}

/** Words of a date's text that do not tell a day ("late Thursday", "on Thursday night"). */
const undated = new Set(['on', 'in', 'at', 'late', 'early', 'last', 'this', 'next', 'night', 'morning', 'afternoon', 'evening', 'the', 'of'])

/**
 * Whether both claims are dated and share no day: two handovers, not one told twice.
 * A day is its ISO date with its weekday, or the words of a date not resolved (an
 * article with no date of its own): "late Thursday" and "Thursday night" are one day,
 * "Thursday" and "March 3, 2026" two.
 */
function datesApart(a: StoryClaim, b: StoryClaim): boolean {
  const days = (claim: StoryClaim) => new Set(claim.dates.flatMap((date) => date.value
    ? [date.value, weekdays[new Date(`${date.value.slice(0, 10)}T12:00:00Z`).getUTCDay()] ?? '']
    : date.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && !undated.has(word))))
  const x = days(a)
  const y = days(b)
  if (x.size === 0 || y.size === 0) return false
  for (const day of x) if (y.has(day)) return false
  return true
}

/** The stem of what was passed that most of a cluster's handovers share, for the summary. */
function commonTheme(cluster: readonly Handover[]): string | null {
  const counts = new Map<string, number>()
  for (const h of cluster) for (const stem of h.theme) counts.set(stem, (counts.get(stem) ?? 0) + 1)
  const [best] = [...counts].sort((x, y) => y[1] - x[1])
  if (!best || best[1] < 2) return null
  return cluster.map((h) => h.themeWords.get(best[0])).find(Boolean) ?? null
}
