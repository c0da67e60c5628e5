import {memberWith} from './conflict-member.js'
import {datedActs, sameAct, type DatedAct} from './dated-acts.js'
import {acrossMidnightConfidence, dayAfter, daysDiffer, readableDay} from './event-day-keys.js'
import type {Conflict, StoryClaim} from './types.js'

/**
 * One act dated to different days by different outlets, wherever in their articles
 * they date it: the same actor, verb and object ("Hale signed the decree on May 4" /
 * "Hale signed the decree Friday, May 3"), compared across sentences that are not
 * grouped as one fact. An outlet that dates one act to two days has two acts (or
 * repeats), not a conflict, and is left out. A day given at its end ("midnight May 3")
 * against the next day may be one moment either side of midnight: raised at the
 * least confidence, and the reason says so.
 */
export function findActDateConflicts(claims: readonly StoryClaim[]): Array<Omit<Conflict, 'id'>> {
  const byKey = new Map<string, DatedAct[]>()
  for (const claim of claims) {
    for (const act of datedActs(claim)) {
      const list = byKey.get(act.key)
      if (list) list.push(act)
      else byKey.set(act.key, [act])
    }
  }
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  for (const acts of byKey.values()) {
    // Two objects of one head that are not one thing ("the Ardent primary", "the Varik primary"): two acts.
    if (acts.some((a) => acts.some((b) => !sameAct(a, b)))) continue
    const days = new Map<string, Set<string>>()
    for (const act of acts) {
      const held = days.get(act.claim.file)
      if (held) held.add(act.day)
      else days.set(act.claim.file, new Set([act.day]))
    }
    if (days.size < 2 || [...days.values()].some((set) => set.size > 1)) continue
    const differing = acts.filter((a) => acts.some((b) => b.claim.file !== a.claim.file && daysDiffer(a.day, b.day)))
    if (new Set(differing.map((act) => act.claim.file)).size < 2) continue
    const edge = differing.every((a) => differing.every((b) => a.day === b.day || !daysDiffer(a.day, b.day) || (a.atEnd && dayAfter(a.day, b.day)) || (b.atEnd && dayAfter(b.day, a.day))))
    const shown = [...new Set(differing.map((act) => readableDay(act.day)))].sort()
    const seen = new Set<StoryClaim>()
    conflicts.push({
      kind: 'date', group: null, confidence: edge ? acrossMidnightConfidence : 0.55,
      reason: edge
        ? 'the same actor, act and object in each sentence; one outlet gives the end of a day, another the next day: one moment either side of midnight, or a day apart'
        : 'the same actor, act and object in each sentence, and each outlet gives it one day',
      summary: `"${differing[0]!.text}": ${shown.join(' vs ')}`,
      members: differing.filter((act) => !seen.has(act.claim) && seen.add(act.claim)).map((act) => memberWith(act.claim, readableDay(act.day)))
    })
  }
  return conflicts
}
