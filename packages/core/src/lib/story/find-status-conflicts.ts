import {weekdayOf} from '../claims/date-iso.js'
import {pushTo} from '../push-to.js'
import {memberWith} from './conflict-member.js'
import {sameAct} from './dated-acts.js'
import {statusActs, type StatusAct} from './status-acts.js'
import type {Conflict, StoryClaim} from './types.js'

/**
 * One act told as done by one outlet and as still to come by another: the same actor,
 * act and object ("Vale has won the Ardent primary" / "Vale is expected to win the
 * Ardent primary on Tuesday"). Raised only when the expectation names the day and the
 * outlet telling it done was published before that day and no later than the outlet
 * expecting it: an expectation published before the result, or a result on or after
 * the expected day, is the news moving on, not a disagreement; so is an expected
 * weekday that is the expecting outlet's own weekday (that very day, or a week on).
 * An outlet that tells the act both ways (a plan and its result) is left out, and so
 * are objects of one head that are not one thing ("the Ardent primary", "the Varik
 * primary").
 */
export function findStatusConflicts(claims: readonly StoryClaim[], publishedOf: (file: string) => string | null): Array<Omit<Conflict, 'id'>> {
  const byKey = new Map<string, StatusAct[]>()
  for (const claim of claims) {
    // Most sentences tell no act as expected: the done acts are only read for keys an expectation has.
    if (!expectation.test(claim.text)) continue
    for (const act of statusActs(claim)) if (act.status === 'expected') pushTo(byKey, act.key, act)
  }
  if (byKey.size === 0) return []
  for (const claim of claims) for (const act of statusActs(claim)) if (act.status === 'done' && byKey.has(act.key)) pushTo(byKey, act.key, act)
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  for (const acts of byKey.values()) {
    const both = new Set(acts.filter((a) => a.status === 'done').map((a) => a.claim.file).filter((file) => acts.some((b) => b.status === 'expected' && b.claim.file === file)))
    const done = acts.filter((a) => a.status === 'done' && !both.has(a.claim.file))
    const expected = acts.filter((a) => a.status === 'expected' && !both.has(a.claim.file))
    for (const e of expected) {
      const published = publishedOf(e.claim.file)
      const day = e.day
      // "expected to win on Tuesday" in Tuesday's paper may be that day or a week on: no day to hold against a result.
      if (day === null || !isoDay.test(day) || published === null || weekdayOf(day) === weekdayOf(published)) continue
      const early = done.filter((d) => {
        const when = publishedOf(d.claim.file)
        return when !== null && sameAct(d, e) && when <= published && when < day
      })
      if (early.length === 0) continue
      const d = early[0]!
      conflicts.push({
        kind: 'date', group: null, confidence: 0.55,
        reason: 'the same actor, act and object: one outlet tells the act as done, another, published no earlier, as still expected on a later day',
        summary: `done vs expected: "${d.text}" vs "${e.text}" (${day})`,
        members: [memberWith(d.claim, 'done'), memberWith(e.claim, `expected ${day}`)]
      })
    }
  }
  return conflicts
}

/** Words of an expected or scheduled act ("is expected to", "are set to"). */
const expectation = /\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|set|scheduled|slated|poised|due)\s+to\b/i

const isoDay = /^\d{4}-\d\d-\d\d$/
