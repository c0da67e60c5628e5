import type {StoryFeatures} from './types.js'
import {toUnitVector, type SparseVector} from './sparse-vector.js'
import {weekdays as weekdayNames} from '../weekdays.js'

/** One article ready for comparison. */
export interface Weighed {
  /** Content words and numbers, BM25-weighted with IDF, unit length. */
  words: SparseVector
  /** Entities by identity, log-count with IDF, unit length. */
  names: SparseVector
  /** The person the article is about (most mentioned, at least twice), else -1. */
  main: number
  /** Publication day (days since 1970), or null. */
  day: number | null
  /** Years the article belongs to: its publication year if dated, else the years it names. */
  years: number[]
  /** Feature ids the article is indexed under for blocking, heaviest first. */
  keys: number[]
  /** Weekdays the article names, a bit each (bit 0 Sunday). */
  weekdays: number
  /** The first weekday it names (0 Sunday … 6 Saturday), or -1. */
  weekday: number
  /** Feature id of its first decimal number (as in `words`), or -1. */
  decimal: number
}

/** BM25 constants (Robertson's usual values): term-count saturation and length normalisation. */
const k1 = 1.2
const b = 0.75
/** Longer articles keep only their heaviest words: bounds memory, drops noise. */
const maxTerms = 80
/** How often the main person must be named to be whom an article is about. */
const mainMentions = 2

/**
 * Weigh every article's features against the whole corpus: document frequencies,
 * then per-article vectors. Strings are interned once; vectors are typed arrays.
 */
export function weighFeatures(features: readonly StoryFeatures[], blockingFeatures: number): {weighed: Weighed[], vocabulary: string[]} {
  const ids = new Map<string, number>()
  const vocabulary: string[] = []
  const frequency: number[] = []
  const intern = (key: string): number => {
    let id = ids.get(key)
    if (id === undefined) {
      id = vocabulary.length
      ids.set(key, id)
      vocabulary.push(key)
      frequency.push(0)
    }
    return id
  }
  let totalLength = 0
  for (const item of features) {
    for (const key of Object.keys(item.terms)) frequency[intern(key)]!++
    for (const key of Object.keys(item.numbers)) frequency[intern('#' + key)]!++
    for (const key of Object.keys(item.names)) frequency[intern(key)]!++
    for (const count of Object.values(item.terms)) totalLength += count
  }
  const count = features.length
  const averageLength = totalLength / Math.max(1, count) || 1
  const idf = (id: number): number => Math.log((count + 1) / frequency[id]!)

  const weighed = features.map(item => {
    let length = 0
    for (const value of Object.values(item.terms)) length += value
    const norm = k1 * (1 - b + b * length / averageLength)
    const wordPairs: Array<[number, number]> = []
    const addWord = (key: string, tf: number): void => {
      const id = ids.get(key)!
      const weight = (tf * (k1 + 1) / (tf + norm)) * idf(id)
      if (weight > 0) wordPairs.push([id, weight])
    }
    for (const [key, tf] of Object.entries(item.terms)) addWord(key, tf)
    for (const [key, tf] of Object.entries(item.numbers)) addWord('#' + key, tf)
    wordPairs.sort((x, y) => y[1] - x[1])
    const kept = wordPairs.slice(0, maxTerms)
    const namePairs: Array<[number, number]> = []
    let main = -1
    let mainCount = 0
    for (const [key, tf] of Object.entries(item.names)) {
      const id = ids.get(key)!
      namePairs.push([id, (1 + Math.log(tf)) * idf(id)])
      // Events of one kind differ by who: a place or an organisation is often shared.
      if (tf > mainCount && key.startsWith('p:')) {
        main = id
        mainCount = tf
      }
    }
    if (mainCount < mainMentions) main = -1
    const keys = kept.slice(0, blockingFeatures).map(pair => pair[0])
    const heaviestNames = [...namePairs].sort((x, y) => y[1] - x[1]).slice(0, Math.ceil(blockingFeatures / 3))
    for (const [id] of heaviestNames) keys.push(id)
    const day = toDay(item.published)
    const years = day === null ? item.years.map(Number) : [new Date(day * 86_400_000).getUTCFullYear()]
    let weekdays = 0
    for (const name of item.weekdays ?? []) {
      const index = weekdayNames.indexOf(name)
      if (index >= 0) weekdays |= 1 << index
    }
    const weekday = item.weekdays?.length ? weekdayNames.indexOf(item.weekdays[0]!) : -1
    const decimal = item.firstDecimal ? ids.get('#' + item.firstDecimal) ?? -1 : -1
    return {words: toUnitVector([...kept]), names: toUnitVector(namePairs), main, day, years, keys, weekdays, weekday, decimal}
  })
  return {weighed, vocabulary}
}

/** Days since 1970 of an ISO date or date-time, or null. */
export function toDay(iso: string | null): number | null {
  if (!iso) return null
  const time = Date.parse(iso.slice(0, 10))
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000)
}
