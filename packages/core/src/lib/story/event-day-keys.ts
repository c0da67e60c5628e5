import {addDays} from '../claims/date-iso.js'
import type {ClaimDate} from '../claims/types.js'

/** What a day key is read from. */
type Dated = Pick<ClaimDate, 'value' | 'from' | 'to' | 'text'>

/**
 * The day an event is dated to, as a key that compares with another outlet's:
 * an ISO day ("2025-03-04") when the date is resolved, a month and day ("--03-14")
 * when the article has no date of its own, or a weekday ("~thursday") when an
 * undated article names only that. One event happens on one day, so two keys of one
 * form that differ disagree; keys of different forms are not compared, except an ISO
 * day with a month and day (their month and day compare).
 */
export function eventDayKey(date: Dated): string | null {
  if (date.from && date.from === date.to) return date.from
  if (date.from) return null
  if (date.value && monthDay.test(date.value)) return date.value.slice(0, 7)
  const weekday = date.value === null ? weekdayOnly.exec(date.text) : null
  return weekday ? `~${weekday[1]!.toLowerCase()}` : null
}

/**
 * The confidence of days that differ only across midnight ("midnight March 14" and
 * "March 15"): the least a conflict is raised at (`minimumConfidence`).
 */
export const acrossMidnightConfidence = 0.5

/** Whether a date sits at the end of its day, where the next day begins: "midnight March 14", "late Thursday", "Thursday night". */
export function atDayEnd(date: {text: string}): boolean {
  return dayEnd.test(date.text)
}

/** Whether two day keys can be compared, and differ. */
export function daysDiffer(a: string, b: string): boolean {
  const [x, y] = comparable(a, b)
  return x !== null && y !== null && x !== y
}

/** Whether `later` is the day after `earlier` (keys of one form, or made comparable). */
export function dayAfter(earlier: string, later: string): boolean {
  const [x, y] = comparable(earlier, later)
  if (x === null || y === null) return false
  if (x.startsWith('~')) return weekdays[(weekdays.indexOf(x.slice(1)) + 1) % 7] === y.slice(1)
  if (!x.startsWith('--')) return addDays(x, 1) === y
  // A month and day is placed in a leap year, so that Feb. 28 and 29 meet.
  return addDays(`2000${x.slice(1)}`, 1).slice(4) === y.slice(1)
}

/** Two keys in one form: an ISO day against a month and day gives its month and day; other mixes give nulls. */
function comparable(a: string, b: string): [string | null, string | null] {
  const form = (key: string) => (key.startsWith('~') ? 'weekday' : key.startsWith('--') ? 'month-day' : 'iso')
  const fa = form(a), fb = form(b)
  if (fa === fb) return [a, b]
  if (fa === 'iso' && fb === 'month-day') return [`--${a.slice(5)}`, b]
  if (fa === 'month-day' && fb === 'iso') return [a, `--${b.slice(5)}`]
  return [null, null]
}

const monthDay = /^--\d\d-\d\d/
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const weekdayOnly = /^(?:on\s+|late\s+|early\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?$/i
const dayEnd = /\b(?:midnight|late|night)\b/i

/** A day key for people: "~thursday" is Thursday; other keys are ISO days or month-days already. */
export function readableDay(key: string): string {
  return key.startsWith('~') ? key.charAt(1).toUpperCase() + key.slice(2) : key
}
