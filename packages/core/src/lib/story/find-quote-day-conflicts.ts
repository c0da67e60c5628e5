import type {ClaimDate} from '../claims/types.js'
import type {Quote} from '../quotes/types.js'
import {indexHolding} from '../span-index.js'
import {pushTo} from '../push-to.js'
import {memberWith} from './conflict-member.js'
import {acrossMidnightConfidence, atDayEnd, dayAfter, daysDiffer, eventDayKey, readableDay} from './event-day-keys.js'
import type {Conflict, QuoteGroup, StoryClaim} from './types.js'

/** What the finder reads of one article: its quotes (by index, as quote groups cite them) and its claims in text order. */
export interface QuoteDaySource {
  file: string
  quotes: readonly Quote[]
  claims: readonly StoryClaim[]
  /** A claim's dates with their offsets in the article. */
  datesOf: (claim: StoryClaim) => readonly ClaimDate[]
}

/** The day one outlet gives a quote, and the sentence that gives it. */
interface QuoteDay {
  day: string
  atEnd: boolean
  text: string
  claim: StoryClaim
  /** Whether the day was read in an earlier sentence than the quote's own. */
  carried: boolean
}

/** Characters at most between the reporting verb (or speaker) and the day that dates the saying ("told a town meeting in Varik on Wednesday night"). */
const cueReach = 48
/** Sentences at most before a quote's own, to find the day an undated quote was said on. */
const carryReach = 2
/** Words beside the reporting verb that make the saying habitual, not one act ("has repeatedly said", "often says"). */
const habitual = /\b(?:repeatedly|often|always|again|routinely|frequently|regularly|has\s+(?:long\s+)?(?:said|argued|insisted|maintained|claimed)|have\s+said|says|tells)\b/i

/**
 * One quote dated to different days by different outlets: the same words of the same
 * speaker (a quote group across outlets), each outlet saying it was said (tweeted,
 * written) on one day, and the days differ ("Vale conceded Thursday that the repairs
 * would be 'slow going'" / "Vale told a town meeting Wednesday night 'it will be slow going'").
 * An outlet's day is the one day named beside the reporting verb, outside the quoted
 * words; when the quote's sentence names no date at all, the one day of the nearest
 * earlier sentence that names a date (at most two back), at lower confidence ("On
 * Tuesday she doubled down. Minutes later Vale tweeted: '…'"). An outlet that gives the
 * quote two days, or says it habitually ("has repeatedly said"), is left out: a
 * speaker repeats lines on many days. A day given at its end ("Monday night") against
 * the next day may be one moment either side of midnight: raised at the least confidence.
 */
export function findQuoteDayConflicts(groups: readonly QuoteGroup[], sources: readonly QuoteDaySource[]): Array<Omit<Conflict, 'id'>> {
  const byFile = new Map(sources.map((source) => [source.file, source]))
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  for (const group of groups) {
    if (group.files.length < 2 || group.speaker === null) continue
    const days = new Map<string, QuoteDay[]>()
    for (const member of group.members) {
      const source = byFile.get(member.file)
      const quote = source?.quotes[member.quote]
      if (!source || !quote) continue
      const day = quoteDayOf(quote, source)
      if (day) pushTo(days, member.file, day)
    }
    // Per outlet one day, or the outlet is left out (it dates the words to two days: said twice).
    const dated: QuoteDay[] = []
    for (const list of days.values()) if (list.every((d) => d.day === list[0]!.day)) dated.push(list[0]!)
    const differing = dated.filter((a) => dated.some((b) => b.claim.file !== a.claim.file && daysDiffer(a.day, b.day)))
    if (new Set(differing.map((d) => d.claim.file)).size < 2) continue
    const edge = differing.every((a) => differing.every((b) => a.day === b.day || !daysDiffer(a.day, b.day) || (a.atEnd && dayAfter(a.day, b.day)) || (b.atEnd && dayAfter(b.day, a.day))))
    const carried = differing.some((d) => d.carried)
    const words = group.members[group.fullest]!.text.split(/\s+/)
    conflicts.push({
      kind: 'date', group: null, confidence: edge ? acrossMidnightConfidence : carried ? 0.5 : 0.6,
      reason: `the same words of ${group.speaker} in each outlet, each outlet saying they were said on one day${carried ? ' (read, where the quote\'s sentence names none, from the sentence before it)' : ''}${edge ? '; one outlet gives the end of a day, another the next day: one moment either side of midnight, or a day apart' : ''}`,
      summary: `said on: "${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}": ${[...new Set(differing.map((d) => readableDay(d.day)))].sort().join(' vs ')}`,
      members: differing.map((d) => memberWith(d.claim, `${d.text} (${readableDay(d.day)})`))
    })
  }
  return conflicts
}

/**
 * The day a quote was said, as its outlet gives it, or null when the outlet names no
 * one day for it (no cue, said habitually, or a sentence whose dates are not one day
 * beside the cue).
 */
function quoteDayOf(quote: Quote, source: QuoteDaySource): QuoteDay | null {
  if (!quote.cue) return null
  const at = quote.cue.start
  const index = indexHolding(source.claims, at)
  if (index < 0) return null
  const claim = source.claims[index]!
  const dates = source.datesOf(claim)
  const outside = dates.length === 0 ? dates : dates.filter((date) => (date.end <= quote.start || date.start >= quote.end) && namedDay(date))
  if (outside.length > 0) {
    if (outside.length !== 1 || !nearCue(outside[0]!, quote) || habitual.test(besideCue(claim, quote))) return null
    const day = eventDayKey(outside[0]!)
    return day === null ? null : {day, atEnd: atDayEnd(outside[0]!), text: outside[0]!.text, claim, carried: false}
  }
  // No day in the quote's sentence: the day of the nearest earlier sentence that names a
  // date, counted from the quote's first sentence, when the sentence ties its saying to
  // what came before ("after she did", "then") and does not move off from it ("Four
  // hours earlier"). Without the tie, the earlier day is as likely the day of what the
  // quote speaks about ("the Dec. 28 attack") as of the saying.
  if (dates.length > 0) return null
  const from = indexHolding(source.claims, Math.min(quote.start, at))
  if (from < 0) return null
  const own = unquoted(claim.text, claim.start, claim.start, claim.end, quote)
  if (!linked.test(own) || shift.test(own) || habitual.test(besideCue(claim, quote))) return null
  for (let back = from - 1; back >= 0 && from - back <= carryReach; back--) {
    const earlier = source.datesOf(source.claims[back]!)
    if (earlier.length === 0) continue
    const days = earlier.filter(namedDay)
    const day = days.length === 1 ? eventDayKey(days[0]!) : null
    return day === null ? null : {day, atEnd: atDayEnd(days[0]!), text: days[0]!.text, claim, carried: true}
  }
  return null
}

/** The words of the sentence around the reporting verb, the quoted words left out ("has repeatedly said"). */
function besideCue(claim: StoryClaim, quote: Quote): string {
  const cue = quote.cue!
  return unquoted(claim.text, claim.start, Math.max(claim.start, cue.start - 24), Math.min(claim.end, cue.end + 24), quote)
}

/** The words of a sentence (text starting at `offset`) from `from` to `to`, without the quote's words. */
function unquoted(text: string, offset: number, from: number, to: number, quote: Quote): string {
  const keep = (a: number, b: number) => (a < b ? text.slice(a - offset, b - offset) : '')
  return `${keep(from, Math.min(to, quote.start))} ${keep(Math.max(from, quote.end), to)}`
}

/** Words that tie a sentence's act in time to the one before: "after she did", "then", "immediately". */
const linked = /\b(?:after|afterwards?|then|immediately|shortly|moments\s+later|later\s+that\s+(?:day|night|evening))\b/i

/** Words that move a sentence off the day before it: "Four hours earlier", "the next morning", "days later". */
const shift = /\b(?:hours?|minutes?|days?|weeks?|months?|years?)\s+(?:earlier|later|before|after|ago)\b|\bthe\s+(?:next|following|previous|prior)\s+(?:day|morning|afternoon|evening|night|week)\b/i

/** Whether a date names a day, by weekday, calendar date or "today"/"yesterday", not a time of day or a longer stretch. */
function namedDay(date: ClaimDate): boolean {
  return eventDayKey(date) !== null && dayWords.test(date.text)
}

const dayWords = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|yesterday|tonight)\b/i

/** Whether a date stands beside the quote's reporting verb or speaker, not further off in another clause. */
function nearCue(date: ClaimDate, quote: Quote): boolean {
  const spans = [quote.cue!, ...(quote.speaker?.mention ? [quote.speaker.mention] : [])]
  return spans.some((span) => (date.start >= span.end ? date.start - span.end : span.start - date.end) <= cueReach)
}
