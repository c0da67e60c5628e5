import {partyLabels} from '../entities/titles.js'

/**
 * Words that can head a noun phrase but never name someone who speaks: times and
 * dates ("Thursday night said" is a misread "… Thursday night saying"), and the
 * bare party labels that stand beside a name ("Ortiz, a Democrat", "Hale,
 * R-Ky."). General English; the weekday and month names are the calendar's.
 */
const calendar: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'
])
/**
 * Month abbreviations: a date only written with their point ("Jan.") or alone; after a
 * name they are one ("columnist Ai Jun", "Marit Jan").
 */
const monthAbbreviations: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
/** Lower-case time nouns; capitalised they may end a name ("The New York Times", "USA Today"). */
const timeNouns: ReadonlySet<string> = new Set([
  'morning', 'afternoon', 'evening', 'night', 'nights', 'midnight', 'noon', 'today', 'tonight', 'yesterday',
  'tomorrow', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'minute', 'minutes', 'decade', 'decades', 'earlier', 'later', 'ago', 'time', 'times'
])


/**
 * Whether the words of a speaker phrase can stand for someone who speaks. The
 * head is the last word (before an appositive's comma); a phrase whose head is a
 * time or date, a number, or a lone party label ("R-Ky.", "Republican") is no
 * speaker, so the quote is left to the rules that come after the cue.
 */
export function canSpeak(phrase: string): boolean {
  const comma = phrase.indexOf(',')
  const head = (comma > 0 ? phrase.slice(0, comma) : phrase).trim()
  const written = head.split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean)
  const words = written.map((w) => w.toLowerCase())
  const last = words[words.length - 1]
  if (last === undefined) return false
  const capital = /^\p{Lu}/u.test(written[written.length - 1]!)
  // "roughly three in 10", "40%": a share of people speaks (as a poll reports them).
  if (/\b(?:in|of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$|\d%$/i.test(head)) return true
  const abbreviated = monthAbbreviations.has(last) && (words.length === 1 || head.endsWith('.'))
  if (calendar.has(last) || abbreviated || (timeNouns.has(last) && !capital) || /^\d[\d,.]*(?:s|th|st|nd|rd)?$/.test(last)) return false
  // "R-Ky.", "D-N.Y.", "I-Vt.": a party and state label.
  if (words.length === 1 && /^[rdi]-[a-z]/.test(last)) return false
  if (words.length === 1 && partyLabels.has(last)) return false
  return true
}
