import type {Article} from '../types.js'
import type {ArticleEntities} from '../entities/types.js'
import {findEntities} from '../entities/find-entities.js'
import {nameKey} from '../entities/name-key.js'
import {singular} from '../claims/singular.js'
import {stopWords} from './stop-words.js'
import type {StoryFeatures} from './types.js'
import {weekdays as weekdayNames} from '../weekdays.js'

/** A year written alone ("2009"): kept as a year, not as a number or a word. */
const yearPattern = /^(?:1[89]|20)\d\d$/
/** A number as written ("6.1", "1,200"); digits only, ordinals and times aside. */
const numberPattern = /^\d[\d,.]*$/
/** A number with a decimal fraction ("6.1", "4.25"): a magnitude, a rate or a price. */
const decimalPattern = /(?<![\d.])\d+\.\d+(?![\d.])/
const titleWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/**
 * What story grouping needs of one article: content words, entities by identity,
 * numbers, years and the publication date. Entities come from `findEntities`
 * unless the caller has them already.
 *
 * @param article A parsed article.
 * @param entities The article's entities, if already found (saves the work).
 */
export function storyFeatures(article: Article, entities?: ArticleEntities): StoryFeatures {
  const terms: Record<string, number> = {}
  const numbers: Record<string, number> = {}
  const years = new Set<string>()
  // Weekdays and the first decimal in reading order, headline first: the first a
  // report names are most often the day and the measure of the event itself.
  const weekdays = new Set<string>()
  const title = article.title ?? ''
  let firstDecimal = title.match(decimalPattern)?.[0] ?? null
  for (const match of title.matchAll(titleWord)) if (weekdayNames.includes(match[0].toLowerCase())) weekdays.add(match[0].toLowerCase())
  for (const sentence of article.sentences) {
    for (const word of sentence.words) {
      const text = word.text
      const lower = text.toLowerCase()
      if (weekdayNames.includes(lower)) weekdays.add(lower)
      if (firstDecimal === null && decimalPattern.test(text)) firstDecimal = text
      if (yearPattern.test(text)) years.add(text)
      else if (numberPattern.test(text)) {
        const value = text.replace(/[,.]$/, '')
        numbers[value] = (numbers[value] ?? 0) + 1
      } else addTerm(terms, text, 1)
    }
  }
  // A headline names the event in few words: its words count double.
  for (const match of title.matchAll(titleWord)) addTerm(terms, match[0], 2)

  const names: Record<string, number> = {}
  for (const entity of (entities ?? findEntities(article)).entities) {
    const key = identityKey(entity.kind, entity.name)
    if (key) names[key] = (names[key] ?? 0) + entity.mentions.length
  }
  return {id: article.id, title: article.title, published: article.published, terms, names, numbers, years: [...years], weekdays: [...weekdays], firstDecimal}
}

function addTerm(terms: Record<string, number>, word: string, weight: number): void {
  const lower = word.toLowerCase().replace(/[’']s$/, '')
  if (lower.length < 3 || stopWords.has(lower) || !/\p{L}/u.test(lower)) return
  const term = singular(lower)
  terms[term] = (terms[term] ?? 0) + weight
}

/**
 * One key per identity: a person by surname (the full name and the surname alone
 * are one person within a story), organisations and places by their whole name,
 * each word spelling-folded so that transliteration variants meet.
 */
function identityKey(kind: string, name: string): string | null {
  const words = name.split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  if (kind === 'person') return 'p:' + nameKey(words.at(-1)!)
  return (kind === 'place' ? 'l:' : 'o:') + words.map(word => nameKey(word)).join(' ')
}
