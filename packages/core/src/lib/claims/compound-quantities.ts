import {countedNoun} from './counted-noun.js'
import {fractionWords} from './number-words.js'
import {digitSource, parseDigits, parseWords, wordSource} from './parse-number.js'
import {qualifierBefore, qualifierOf} from './quantity-qualifiers.js'
import {singular} from './singular.js'
import type {Span} from '../types.js'
import type {Quantity} from './types.js'

// "a week and a half", "the first hour and a half", "two days and a half": the noun between the number and "and a half".
const unitThenHalf = new RegExp(`(?<![\\p{L}\\p{N}])(an?|the\\s+(?:first|last|next|past|final)|${digitSource}|${wordSource})\\s+(\\p{L}+)\\s+and\\s+a\\s+half(?![\\p{L}])`, 'giu')
// "two and a half years", "1 and a half hours": "and a half" between the number and the noun.
const halfThenUnit = new RegExp(`(?<![\\p{L}\\p{N}])(${digitSource}|${wordSource})\\s+and\\s+a\\s+half(?=\\s+\\p{L})`, 'giu')
// "a pair of aides": two of what follows (English "pair of" + a plural noun; "a pair of scissors" is one thing and has no plural head to count).
const pairOf = /(?<![\p{L}\p{N}])a\s+pair\s+of(?=\s)/giu
// "about half furloughed", "nearly a third said": a bounded fraction with no "of" after it (with "of", `findQuantities` reads it).
const boundedFraction = new RegExp(`(?<=(?<![\\p{L}])(?:about|around|roughly|approximately|nearly|almost|some|over|under|more than|less than|fewer than)\\s+)` +
  `(?:(?:an?|one|two|three|four)[- ])?(?:${[...fractionWords.keys()].join('|')})(?![\\p{L}-])(?!\\s+of\\b)`, 'giu')
// Nouns that cannot be counted in halves after "a … and a half" read as a number ("a man and a half-brother" is no quantity): only units of measure and time.
const halfUnits = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'mile', 'kilometer', 'kilometre',
  'meter', 'metre', 'foot', 'inch', 'yard', 'pound', 'kilogram', 'ton', 'tonne', 'liter', 'litre', 'gallon', 'dozen', 'million', 'billion', 'trillion'])

/**
 * Quantities that English writes across several words, which the number-by-number
 * reading (`findQuantities`) cannot see: a unit "and a half" ("a week and a half" is
 * 1.5 weeks, "two and a half years" 2.5 years: units of measure and time only),
 * "a pair of" a plural noun (2), and a fraction bounded by a qualifier with no "of"
 * after it ("about half furloughed": 0.5). Each comes with its span, so the reading by number
 * skips the words inside it.
 *
 * @param text The whole text (offsets are into it).
 * @param span The stretch to search.
 */
export function compoundQuantities(text: string, span: Span): Quantity[] {
  const stretch = text.slice(span.start, span.end)
  const found: Quantity[] = []
  const push = (start: number, end: number, value: number, unit: string) => {
    if (found.some((q) => q.start < end && start < q.end)) return
    // "about a week and a half": the qualifier before it is kept, as for any number.
    const lead = qualifierBefore.exec(text.slice(Math.max(span.start, start - 24), start))
    const first = lead ? start - lead[0].length : start
    found.push({text: text.slice(first, end), start: first, end, kind: 'single', value, values: [value], unit, counted: null,
      qualifier: lead ? qualifierOf(lead[1]!) : 'exact', approximate: Boolean(lead)})
  }
  for (const m of stretch.matchAll(unitThenHalf)) {
    const unit = singular(m[2]!.toLowerCase())
    if (!halfUnits.has(unit)) continue
    const start = span.start + m.index!
    push(start, start + m[0].length, countOf(m[1]!) + 0.5, unit)
  }
  for (const m of stretch.matchAll(halfThenUnit)) {
    const start = span.start + m.index!
    const noun = countedNoun(text, start + m[0].length, true)
    if (!noun || noun.end > span.end) continue
    push(start, noun.end, countOf(m[1]!) + 0.5, singular(noun.text))
  }
  for (const m of stretch.matchAll(boundedFraction)) {
    const start = span.start + m.index!
    push(start, start + m[0].length, fractionOf(m[0]), 'fraction')
  }
  for (const m of stretch.matchAll(pairOf)) {
    const start = span.start + m.index!
    const noun = countedNoun(text, start + m[0].length, true)
    if (!noun || noun.end > span.end) continue
    push(start, noun.end, 2, singular(noun.text))
  }
  return found.sort((a, b) => a.start - b.start)
}

function fractionOf(text: string): number {
  const parts = text.toLowerCase().split(/[- ]/)
  const count = parts.length > 1 && !/^an?$/.test(parts[0]!) ? parseWords(parts[0]!) : 1
  return count * (fractionWords.get(parts[parts.length - 1]!) ?? 0)
}

function countOf(text: string): number {
  if (/^(?:an?|the\s.*)$/i.test(text)) return 1
  return /\d/.test(text) ? parseDigits(text) : parseWords(text)
}

// "two of the drivers", "at least one of these memos": a count taken out of a set the noun names.
const partitive = /^\s+of\s+(?:the|these|those|its|his|her|their|our|your)(?=\s)/iu

/**
 * The noun a number counts through "of the" ("two of the drivers" counts drivers), or
 * null. "One of the drivers" alone names a member of a set, not a count, so one
 * counts only with a bound before it ("at least one of these memos").
 *
 * @param text The whole text.
 * @param from Offset just after the number.
 * @param value The number's value.
 * @param bounded Whether a qualifier ("at least", "more than") stands before the number.
 */
export function partitiveNoun(text: string, from: number, value: number, bounded: boolean): {text: string, end: number} | null {
  if (value === 1 && !bounded) return null
  const m = partitive.exec(text.slice(from, from + 12))
  if (!m) return null
  const noun = countedNoun(text, from + m[0].length, true)
  return noun ? {text: noun.text, end: noun.end} : null
}
