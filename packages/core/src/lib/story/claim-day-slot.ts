import {relativeOffsetOf} from '../claims/relative-offset.js'
import type {StoryClaim} from './types.js'
import type {Draft} from './claim-conflicts.js'
import {clamp} from './clamp-confidence.js'
import {memberWith} from './conflict-member.js'
import {acrossMidnightConfidence, atDayEnd, dayAfter} from './event-day-keys.js'

/** The day a claim states, as a range of ISO days (or a month-day or relative key). */
export interface Day {from: string, to: string, text: string}

/** One single day (or one week) per sentence, resolved; sentences naming an event are left to event conflicts. */
export function dayOf(claim: StoryClaim): Day | null {
  const dated = claim.dates.filter((date) => (date.from && date.to && date.to >= date.from && dayCount(date.from, date.to) <= 7) || monthDay.test(date.value ?? '') ||
    (!date.from && relativeOffsetOf(date.text) !== null))
  if (dated.length !== 1) return null
  const date = dated[0]!
  // "said again on Monday": the day of a repeat, which leaves the first time's day open.
  const at = claim.text.indexOf(date.text)
  if (at > 0 && repeated.test(claim.text.slice(Math.max(0, at - 16), at))) return null
  // "last week" in an undated article: its offset still compares with another undated one's.
  const relative = date.from ? null : relativeOffsetOf(date.text)
  if (relative) {
    const key = `${relativeKey}${relative.unit}:${relative.offset}`
    return {from: key, to: key, text: date.text}
  }
  // "March 15" in an undated article: the month and day still compare with another's.
  if (!date.from || !date.to) return {from: date.value!, to: date.value!, text: date.text}
  return {from: date.from, to: date.to, text: date.text}
}

/** Words right before a date that make it the day of a repeat: "again on Monday", "once more on Friday". */
const repeated = /\b(?:again|once\s+more|anew)\s+(?:on\s+|late\s+|early\s+)?$/i

/** The prefix of an unresolved relative date's key ("~week:-2"): it compares only with another of its unit. */
const relativeKey = '~'

/** A month and day with no year ("--03-15"): what an undated article's "March 15" resolves to. */
const monthDay = /^--\d\d-\d\d$/

/** Sentences that name an event are left to event conflicts (the caller checks). */
export function dateConflict(da: Day, db: Day, a: StoryClaim, b: StoryClaim, similarity: number, group: string): Draft | null {
  // A day with no year compares only with another day with no year.
  if (monthDay.test(da.from) !== monthDay.test(db.from)) return null
  // An unresolved relative date compares only with another of its unit ("last week" / "two weeks ago").
  if (unitOf(da) !== unitOf(db)) return null
  if (da.from <= db.to && db.from <= da.to) return null
  // The same relative words resolved against two articles' dates are no disagreement;
  // two different relative words are weaker evidence than two calendar dates.
  // Two unresolved offsets of one unit ("last week" / "two weeks ago" in undated
  // articles) are compared as they stand, not each resolved against a date that may be
  // wrong: the one doubt left is whether both were written on one day.
  const unresolved = unitOf(da) !== null
  const relatives = unresolved ? 1 : (relativeDate.test(da.text) ? 1 : 0) + (relativeDate.test(db.text) ? 1 : 0)
  if (!unresolved && relatives === 2 && da.text.toLowerCase().replace(/^on\s+/, '') === db.text.toLowerCase().replace(/^on\s+/, '')) return null
  // "midnight March 14" against "March 15": one moment either side of midnight, or a day apart (see find-event-conflicts).
  const edge = acrossMidnight(da, db) || acrossMidnight(db, da)
  const fromA = range(da)
  const fromB = range(db)
  return {
    kind: 'date', group, slot: '', confidence: Math.min(clamp(0.35 + similarity * 0.6 - relatives * 0.08), edge ? acrossMidnightConfidence : 1),
    words: () => ({
      reason: edge
        ? `aligned sentences (similarity ${similarity.toFixed(2)}) give the end of a day and the next day: one moment either side of midnight, or a day apart`
        : `aligned sentences (similarity ${similarity.toFixed(2)}) date the fact to days that do not meet`,
      summary: `dated ${da.text} (${fromA}) vs ${db.text} (${fromB})`
    }),
    members: [memberWith(a, fromA), memberWith(b, fromB)]
  }
}

/** The unit of an unresolved relative day ("~week"), null for any other day. */
function unitOf(day: Day): string | null {
  return day.from.startsWith(relativeKey) ? day.from.slice(0, day.from.indexOf(':')) : null
}

/** Whether `a` is one day given at its end ("midnight March 14", "late Thursday") and `b` the day after it. */
function acrossMidnight(a: Day, b: Day): boolean {
  return a.from === a.to && b.from === b.to && !a.from.startsWith(relativeKey) && atDayEnd(a) && dayAfter(a.from.slice(0, 10), b.from.slice(0, 10))
}

/** Relative dates ("on Thursday", "last week", "today") depend on each article's own date. */
const relativeDate = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|last|this|next|ago|weekend|earlier|later)\b/i

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
}

function range(day: {from: string, to: string}): string {
  // "~week:-2": two weeks before the day of writing.
  if (day.from.startsWith(relativeKey)) return `${day.from.slice(1).replace(':', ' ')} from the day of writing`
  return day.from === day.to ? day.from : `${day.from}/${day.to}`
}

