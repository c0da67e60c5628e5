import {parseCasualDates} from './casual-dates.js'
import type {Article, Span} from '../types.js'

/** A sentence: where chrono reads. */
type Stretch = Span & {text: string}
import {addDays, isoDateOf, isoDay, noon} from './date-iso.js'
import {ambiguousDateWords, anaphoricDays, bareYear, casualTimeLead, isDuration} from './date-words.js'
import {resolveDate, type Anchor} from './resolve-date.js'
import type {ClaimDate} from './types.js'

/** Options for `findDates`. */
export interface Options {
  /**
   * A reference date (ISO) for an article that has no published date of its own,
   * say the story's date taken from another article. Ignored when the article has
   * one. Default: none, so relative dates in an undated article stay unanchored.
   */
  readonly reference?: string | null
}

// Quick tests so that sentences with nothing date-like never reach chrono (most of the cost of claims).
const maybeDateNames = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/g
const maybeDateWords = /\b(?:today|tonight|yesterday|tomorrow|ago|noon|midnight|(?:last|next|this|past|coming|previous|following|prior|same)\s+(?:week|month|year|day|night|morning|afternoon|evening|weekend|decade|spring|summer|autumn|fall|winter)|(?:day|night) (?:prior|before|earlier|later)|(?:19|20)\d\d)\b|\d{1,2}:\d\d|\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}\/\d{1,2}|\d{4}-\d\d-\d\d/gi
// Far from any real story date: the instant chrono gets when the article has none (results that use it are marked unanchored).
const neutralInstant = noon('2000-06-15')

/**
 * Find the dates and times in an article's story sentences (headings and
 * boilerplate left out) with chrono-node, resolved against the article's published date: "Dec.
 * 29", "on Monday", "next month", "earlier this year", "1:00 p.m.", "in early
 * January", plus bare years ("in 2025") and days told relative to the last date
 * named ("the day prior"). Durations chrono reads as dates ("in two days", "a day
 * after") are dropped. An article with no date of its own, and no `reference`,
 * gets `resolution: 'unanchored'` for everything that needs one.
 *
 * Known limits: English only; "the day before the meeting" is read against the
 * last date named, not the meeting's; a lone weekday is taken as the one on or
 * before the reference unless the sentence speaks of the future.
 */
export function findDates(article: Article, options: Options = {}): ClaimDate[] {
  const own = isoDateOf(article.published)
  const given = own ? null : isoDateOf(options.reference)
  const anchor: Anchor | null = own ? {date: own, source: 'published'} : given ? {date: given, source: 'caller'} : null
  const reference = {instant: anchor ? noon(anchor.date) : neutralInstant, timezone: 0}
  const dates: ClaimDate[] = []
  for (const sentence of article.sentences) {
    if (article.blocks[sentence.block]?.kind === 'heading') continue
    for (const window of dateWindows(article.text, sentence)) dates.push(...blockDates(article.text, window, sentence, reference, anchor))
  }
  dates.sort((a, b) => a.start - b.start)
  return resolveAnaphoric(dates)
}

function blockDates(text: string, block: Stretch, sentence: Stretch, reference: {instant: Date, timezone: number}, anchor: Anchor | null): ClaimDate[] {
  const found: ClaimDate[] = []
  const taken: Array<[number, number]> = []
  const anaphoric = new RegExp(anaphoricDays.source, anaphoricDays.flags)
  for (const m of block.text.matchAll(anaphoric)) {
    const start = block.start + m.index
    taken.push([start, start + m[0].length])
    found.push({text: m[0], start, end: start + m[0].length, value: null, from: null, to: null, granularity: 'day', resolution: 'unanchored', certainty: 'inferred', reference: null})
  }
  for (let result of parseCasualDates(block.text, reference)) {
    let at = block.start + result.index
    const lead = casualTimeLead.exec(result.text)
    if (lead && !result.start.isCertain('day') && !result.start.isCertain('weekday')) {
      // "afternoon on Dec. 29": chrono loses the date's known parts; read the date alone.
      const rest = parseCasualDates(result.text.slice(lead[0].length), reference)[0]
      if (!rest) continue
      at += lead[0].length + rest.index
      result = rest
    }
    let words = result.text.trim()
    if (isDuration(words) && words.includes(',')) {
      // "1:00 p.m., a day after": chrono glued a time to a duration; keep the part before the comma.
      const head = parseCasualDates(result.text.slice(0, result.text.indexOf(',')), reference)[0]
      if (!head) continue
      at += head.index
      result = head
      words = result.text.trim()
    }
    if (ambiguousDateWords.test(words) || isDuration(words)) continue
    if (/^(?:now|right now|today)$/i.test(words) && !anchor) continue
    // "3/4 of the voters": a yearless number over a number before "of" is a fraction, not March 4.
    if (/^\d{1,2}\/\d{1,2}$/.test(words) && /^\s+of\s+(?!\d)/i.test(block.text.slice(result.index + result.text.length, result.index + result.text.length + 8))) continue
    if (taken.some(([s, e]) => at < e && at + result.text.length > s)) continue
    const date = resolveDate(result, {text, start: at, sentence: sentenceAround(text, sentence, at), anchor})
    if (date) { found.push(date); taken.push([date.start, date.end]) }
  }
  const years = new RegExp(bareYear.source, bareYear.flags)
  for (const m of block.text.matchAll(years)) {
    const start = block.start + m.index + m[0].length - m[1]!.length
    const end = start + 4
    if (taken.some(([s, e]) => start < e && end > s)) continue
    // "2,000 troops" never gets here (the comma); "1500 troops" is a count, not a year.
    if (/^\s+(?:people|troops|soldiers|\p{L}+s)\b/u.test(text.slice(end, end + 20)) && !/^\s+(?:elections|games|olympics|midterms|primaries)\b/i.test(text.slice(end, end + 20))) continue
    const y = Number(m[1])
    found.push({text: m[1]!, start, end, value: m[1]!, from: isoDay(y, 1, 1), to: isoDay(y, 12, 31), granularity: 'year', resolution: 'absolute', certainty: 'exact', reference: null})
  }
  return found
}

/**
 * The stretches of a sentence around its date-like words (month and day names,
 * "yesterday", "next week", times, years), 30 characters either side, merged:
 * chrono only reads these, which keeps it to a fraction of the text.
 */
function dateWindows(text: string, sentence: Stretch): Stretch[] {
  const spans: Array<[number, number]> = []
  for (const regex of [maybeDateNames, maybeDateWords]) {
    regex.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = regex.exec(sentence.text))) {
      if (m[0].length === 0) { regex.lastIndex++; continue }
      spans.push([Math.max(0, m.index - 30), Math.min(sentence.text.length, m.index + m[0].length + 30)])
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged.map(([from, to]) => {
    // Widen to whole words so that no window starts or ends inside one.
    while (from > 0 && /\S/.test(sentence.text[from - 1]!)) from--
    while (to < sentence.text.length && /\S/.test(sentence.text[to]!)) to++
    const start = sentence.start + from
    return {start, end: sentence.start + to, text: text.slice(start, sentence.start + to)}
  })
}

/** "the day prior": the day before the last day-precision date named before it. */
function resolveAnaphoric(dates: ClaimDate[]): ClaimDate[] {
  let last: string | null = null
  for (const date of dates) {
    if (date.value === null && date.resolution === 'unanchored' && /\b(?:prior|before|earlier|previous|next|following|later)\b/i.test(date.text) && /\b(?:day|night|morning)\b/i.test(date.text)) {
      if (!last) continue
      const iso = addDays(last, /\b(?:next|following|later)\b/i.test(date.text) ? 1 : -1)
      Object.assign(date, {value: iso, from: iso, to: iso, resolution: 'anchored', certainty: 'approximate', reference: {date: last, source: 'previous-date'}})
    } else if (date.from && date.from === date.to && date.value && /^\d{4}-\d{2}-\d{2}/.test(date.value)) last = date.from
  }
  return dates
}

/**
 * The clause around an offset, for tense: from the last comma, semicolon or
 * sentence end before it to the next one after it ("the mayor said on Monday"), or
 * the next clause when the date stands alone ("On Monday, talks will resume").
 */
function sentenceAround(text: string, block: Stretch, at: number): string {
  const before = text.slice(block.start, at)
  const from = Math.max(before.search(/[,;.!?]\s[^,;.!?]*$/) + 1, 0)
  const after = text.slice(at, block.end)
  const stop = after.search(/[,;.!?](?:\s|$)/)
  const clauseStart = block.start + from
  const clause = text.slice(clauseStart, stop < 0 ? block.end : at + stop + 1)
  if (/^\s*(?:on|this|next|last)?\s*\S+\s*[,;]?\s*$/i.test(clause.replace(/\p{Lu}\p{Ll}+day/u, 'X')) && stop >= 0) {
    const rest = after.slice(stop + 1)
    const end = rest.search(/[,;.!?](?:\s|$)/)
    return withoutQuotations(clause + (end < 0 ? rest : rest.slice(0, end + 1)), at - clauseStart)
  }
  return withoutQuotations(clause, at - clauseStart)
}

/**
 * A clause without the words it quotes, unless the date is among them: a quotation
 * speaks in its own tense ("acknowledged Monday night \"it will be very hard\"" is a
 * past Monday, not the next one), while a date inside it takes the quotation's tense
 * ("\"if the ferry is late on Thursday\"").
 */
function withoutQuotations(clause: string, at: number): string {
  return clause.replace(/“[^“”]*”|"[^"]*"/g, (quoted, offset: number) => (offset <= at && at < offset + quoted.length ? quoted : ' '))
}
