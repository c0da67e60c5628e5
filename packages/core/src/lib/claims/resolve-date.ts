import type {ParsedComponents, ParsedResult} from 'chrono-node'
import {addDays, daysInMonth, isoDay, pad, weekdayOf} from './date-iso.js'
import {futureMarkers, periodPart, relativeWords} from './date-words.js'
import type {ClaimDate, DateCertainty, DateGranularity, DatePart, DateReferenceSource} from './types.js'

/** The reference date of an article and where it came from. */
export interface Anchor {
  date: string
  source: Exclude<DateReferenceSource, 'previous-date'>
}

/** What `resolveDate` needs around one chrono result. */
export interface DateContext {
  /** The article text. */
  text: string
  /** Offset of the chrono result in `text`. */
  start: number
  /** The sentence around it, for tense ("will meet on Monday"). */
  sentence: string
  anchor: Anchor | null
}

type Part = DatePart

/**
 * A chrono-node result as a `ClaimDate`. Chrono resolves everything against its
 * reference instant; here what the text states is told apart from what the
 * reference fills in, so that an article with no date gets partial values
 * (`--12-29`) or null, never a guess. A bare weekday is read as the one on or
 * before the reference (news reports what happened) unless the sentence speaks of
 * the future. Returns null for results that are no dates.
 */
export function resolveDate(result: ParsedResult, context: DateContext): ClaimDate | null {
  const {text, anchor} = context
  let start = context.start
  // "late January of" (chrono stops before what "of" governs): the "of" is no part of the date.
  let end = start + result.text.replace(/[\s,;:]+$/, '').replace(/\s+of$/i, '').length
  const s = result.start
  const known = (c: Parameters<ParsedComponents['isCertain']>[0]) => s.isCertain(c)
  // "midnight March 14", "noon on May 4": a time of day beside a calendar day makes it no relative date.
  const calendarDay = known('month') && known('day')
  const relative = relativeWords.test(result.text) || [...result.tags()].some((t) => t === 'result/relativeDate' ||
    (t.startsWith('casualReference/') && !(calendarDay && timesOfDay.has(t.slice(casualTag.length)))))
  const partMatch = periodPart.exec(text.slice(Math.max(0, start - 24), start))
  const part = partMatch ? normalisePart(partMatch[1]!) : null
  if (partMatch) start -= partMatch[0].length - (partMatch[0].startsWith(' ') ? 1 : 0)
  const base = {text: text.slice(start, end), start, end}
  // "midnight March 14" is the edge of the day, and which edge is not said (see dayEdge): the day alone, no time.
  const time = known('hour') && !(calendarDay && midnight.test(result.text)) ? `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}` : ''
  // Fields set one by one in the order a ClaimDate lists them: spreads here were a tenth of findDates' own time.
  const out = (value: string | null, from: string | null, to: string | null, granularity: DateGranularity, certainty: DateCertainty, resolution: ClaimDate['resolution']): ClaimDate => {
    const date: ClaimDate = {text: base.text, start: base.start, end: base.end, value, from, to, granularity, resolution, certainty,
      reference: resolution === 'anchored' && anchor ? {date: anchor.date, source: anchor.source} : null}
    if (part) date.part = part
    return date
  }
  const day = (c: ParsedComponents) => isoDay(c.get('year')!, c.get('month')!, c.get('day')!)
  const rangeEnd = result.end && (result.end.isCertain('day') || result.end.isCertain('weekday')) ? day(result.end) : null
  // A range's last day, never before its first: "March 13-11" is no range (a typo, or a number after the date), the first day alone.
  const until = (first: string) => (rangeEnd !== null && rangeEnd > first ? rangeEnd : first)

  if (relative || (known('weekday') && !known('day'))) {
    if (!anchor) return out(null, null, null, 'day', 'inferred', 'unanchored')
    const unit = /\byears?\b/i.test(result.text) ? 'year' : /\bmonths?\b/i.test(result.text) ? 'month' : /\bweeks?\b/i.test(result.text) ? 'week' : 'day'
    if (unit === 'year' || unit === 'month') {
      const y = s.get('year')!, m = s.get('month')!
      const [from, to] = unit === 'year' ? yearRange(y, part, anchor.date) : monthRange(y, m, part)
      return out(unit === 'year' ? String(y) : `${y}-${pad(m)}`, from, to, unit === 'year' && !part ? 'year' : part ? 'days' : unit, 'approximate', 'anchored')
    }
    let iso = day(s)
    if (unit === 'week') {
      const monday = addDays(iso, -((weekdayOf(iso) + 6) % 7))
      return out(iso, monday, addDays(monday, 6), 'days', 'approximate', 'anchored')
    }
    if (known('weekday') && !known('day') && !/\b(?:last|next|this|past|coming)\b/i.test(result.text)) {
      const want = s.get('weekday')!
      const have = weekdayOf(anchor.date)
      iso = futureMarkers.test(context.sentence) ? addDays(anchor.date, ((want - have + 7) % 7) || 7) : addDays(anchor.date, -((have - want + 7) % 7))
    }
    return out(iso + time, iso, until(iso), time ? 'time' : 'day', 'inferred', 'anchored')
  }
  if (known('month') && known('day')) {
    if (known('year')) return out(day(s) + time, day(s), until(day(s)), time ? 'time' : 'day', 'exact', 'absolute')
    if (!anchor) return out(`--${pad(s.get('month')!)}-${pad(s.get('day')!)}`, null, null, 'day', 'exact', 'unanchored')
    return out(day(s) + time, day(s), until(day(s)), time ? 'time' : 'day', 'inferred', 'anchored')
  }
  if (known('month')) {
    const m = s.get('month')!
    // "late January of last year": the year is told relative to the reference, after "of".
    const ofYear = known('year') ? null : yearAfterOf.exec(text.slice(end, end + 40))
    if (ofYear) end += ofYear[0].length
    base.text = text.slice(start, end)
    base.end = end
    const y = ofYear && anchor ? Number(anchor.date.slice(0, 4)) + yearOffsets[ofYear[1]!.toLowerCase()]! : s.get('year')!
    if (ofYear && !anchor) return out(`--${pad(m)}`, null, null, part ? 'days' : 'month', part ? 'approximate' : 'exact', 'unanchored')
    const [from, to] = monthRange(y, m, part)
    const granularity: DateGranularity = part ? 'days' : 'month'
    if (known('year')) return out(`${y}-${pad(m)}`, from, to, granularity, part ? 'approximate' : 'exact', 'absolute')
    if (!anchor) return out(`--${pad(m)}`, null, null, granularity, part ? 'approximate' : 'exact', 'unanchored')
    return out(`${y}-${pad(m)}`, from, to, granularity, part ? 'approximate' : 'inferred', 'anchored')
  }
  if (known('year')) {
    const y = s.get('year')!
    const [from, to] = yearRange(y, part, null)
    return out(String(y), from, to, part ? 'days' : 'year', part ? 'approximate' : 'exact', 'absolute')
  }
  if (known('hour')) return out(time, null, null, 'time', 'exact', 'absolute')
  return null
}

const casualTag = 'casualReference/'
/** Chrono's casual times of day: beside a calendar day they say when in it, not which day. */
const timesOfDay: ReadonlySet<string> = new Set(['midnight', 'noon', 'morning', 'afternoon', 'evening', 'night'])
const midnight = /\bmidnight\b/i

/** "of this year", "of last year" after a month: its year, told from the reference date. */
const yearAfterOf = /^\s+of\s+(this|last|next|the previous|the following|the coming|the past)\s+year\b/i
const yearOffsets: Readonly<Record<string, number>> = {'this': 0, 'last': -1, 'next': 1, 'the previous': -1, 'the following': 1, 'the coming': 1, 'the past': -1}

function normalisePart(word: string): Part {
  const w = word.toLowerCase()
  if (w === 'earlier' || w === 'later') return w
  if (w.includes('end') || w === 'late') return 'late'
  if (w.includes('mid') || w.includes('middle')) return 'mid'
  return 'early'
}

/** First and last day of a month, or of its early (1–10), mid (11–20) or late (21–) part. */
function monthRange(y: number, m: number, part: Part | null): [string, string] {
  const last = daysInMonth(y, m)
  if (part === 'early' || part === 'earlier') return [isoDay(y, m, 1), isoDay(y, m, 10)]
  if (part === 'mid') return [isoDay(y, m, 11), isoDay(y, m, 20)]
  if (part === 'late' || part === 'later') return [isoDay(y, m, 21), isoDay(y, m, last)]
  return [isoDay(y, m, 1), isoDay(y, m, last)]
}

/** A year, a third of it, or the part before / after the reference ("earlier this year"). */
function yearRange(y: number, part: Part | null, reference: string | null): [string, string] {
  if (part === 'earlier' && reference?.startsWith(String(y))) return [isoDay(y, 1, 1), reference]
  if (part === 'later' && reference?.startsWith(String(y))) return [reference, isoDay(y, 12, 31)]
  if (part === 'early' || part === 'earlier') return [isoDay(y, 1, 1), isoDay(y, 4, 30)]
  if (part === 'mid') return [isoDay(y, 5, 1), isoDay(y, 8, 31)]
  if (part === 'late' || part === 'later') return [isoDay(y, 9, 1), isoDay(y, 12, 31)]
  return [isoDay(y, 1, 1), isoDay(y, 12, 31)]
}
