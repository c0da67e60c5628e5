import {numberWords} from './number-words.js'

/** A calendar unit a relative date counts in. */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year'

/** A relative date read without the article's date: how many units from the day of writing (negative: before). */
export interface RelativeOffset {
  readonly unit: RelativeUnit
  readonly offset: number
}

const units = new Set<string>(['day', 'week', 'month', 'year'])

/**
 * The offset a relative date names, in its own unit: "last week" is week -1, "two
 * weeks ago" week -2, "yesterday" day -1, "this year" year 0. Two such offsets of
 * one unit in articles of one day (or both undated) cannot both date one past event
 * when they differ, whatever that day is: the previous calendar week and the one
 * before never meet. Weekdays ("on Thursday") and vague words ("recently",
 * "earlier") name no offset; null for them and for anything not read.
 */
export function relativeOffsetOf(text: string): RelativeOffset | null {
  const t = text.toLowerCase().trim().replace(/^(?:on|in|about|some|just|only)\s+/, '')
  if (t === 'yesterday') return {unit: 'day', offset: -1}
  if (t === 'today') return {unit: 'day', offset: 0}
  if (t === 'tomorrow') return {unit: 'day', offset: 1}
  const near = /^(last|this|next|past) (week|month|year)$/.exec(t)
  // "the past week" is the last seven days, which overlaps this week: no offset.
  if (near && near[1] !== 'past') return {unit: near[2] as RelativeUnit, offset: near[1] === 'last' ? -1 : near[1] === 'this' ? 0 : 1}
  const ago = /^(a|an|one|\d+|[a-z]+) (day|week|month|year)s? ago$/.exec(t)
  if (ago && units.has(ago[2]!)) {
    const count = ago[1] === 'a' || ago[1] === 'an' ? 1 : /^\d+$/.test(ago[1]!) ? Number(ago[1]) : numberWords.get(ago[1]!)
    // "dozen weeks ago" and the like: no exact count.
    if (count === undefined || ago[1] === 'dozen') return null
    return {unit: ago[2] as RelativeUnit, offset: -count}
  }
  return null
}
