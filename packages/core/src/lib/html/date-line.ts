import {foreignDateWords} from './date-words.js'

/**
 * Words that make up a printed date or time stamp ("Updated Nov 19, 9:41 AM;
 * Posted Nov 18, 8:19 PM", "First published: Tuesday, 12 May 2026 08:38",
 * "Published 2 days ago"), in English. Months and weekdays in full and abbreviated,
 * the stamp's own verbs, ordinal endings, and common time-zone abbreviations. Dates
 * in other languages are read with `foreignDateWords`.
 */
const stampWords = new Set([
  ...'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
  ...'updated update posted published first last modified created original originally on at am pm a m p and ago just now today yesterday day days hour hours hr hrs minute minutes min mins week weeks month months year years st nd rd th of'.split(' '),
  ...'gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt ct ist aest aedt jst'.split(' ')
])

/**
 * A numeric date ("11/18/19", "2026-05-12"), a year, "ago", or a stamp's verb. A time
 * alone ("4:14 p.m.") is not enough: live stories mark each update with one, and
 * those marks belong to the story.
 */
const stampCore = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(?:1[89]|20)\d{2}\b|\bago\b|^(?:updated|posted|published|first published|last updated|modified)\b/i

/** A month name or abbreviation followed or preceded by a day number. */
const monthDay = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i

/**
 * What a short line made only of a date or time stamp is: `'chrome'` for a bare
 * stamp ("Updated 10:01 pm EST, Tuesday, May 12, 2026"), `'byline'` for a stamp with
 * "By" and up to four names ("By Dana Okafor - 05/12/26 11:04 PM EST"), `null` for
 * anything else (a sentence that mentions a date is story text).
 */
export function dateLineReason(text: string): 'chrome' | 'byline' | null {
  if (text.length > 120 || !(stampCore.test(text) || monthDay.test(text))) return null
  // Letters and digits apart: "20th" is a number and its ending, "2019Updated" two words.
  const words = text.match(/\p{L}+|\p{N}+/gu) ?? []
  const foreign = foreignDateWords()
  // Short foreign words ("set", "den", "pro") are also English ones: they count only
  // in a line that names a foreign month or weekday in full ("janeiro", "Dienstag").
  const inForeign = words.some((word) => word.length >= 5 && !stampWords.has(word.toLowerCase()) && foreign.has(word.toLowerCase()))
  let rest = 0
  let capitalised = 0
  const byline = /^by\b/i.test(text)
  for (const [at, word] of words.entries()) {
    const lower = word.toLowerCase()
    if (/^\p{N}+$/u.test(word) || stampWords.has(lower) || (inForeign && foreign.has(lower))) continue
    if (byline && at === 0) continue
    rest++
    if (/^\p{Lu}/u.test(word)) capitalised++
  }
  if (rest === 0) return 'chrome'
  return byline && rest <= 4 && capitalised === rest ? 'byline' : null
}
