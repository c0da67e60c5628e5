import type {Exclusive} from '../story/types.js'

/** The exclusives worth showing, most important first, and how many more there are. */
export interface ExclusiveList {
  items: Exclusive[]
  /** Shown ones left out by the cap. */
  rest: number
  /** Left out as noise: fragments and headings, not statements. */
  noise: number
}

/**
 * What only one outlet reports, ranked: numbers first (the facts easiest to check
 * and to get wrong), then statements naming people, places and bodies, then quotes;
 * fragments (under five words) and heading-like lines (no sentence end, under ten
 * words, or no lower-case letter) are left out as noise; at most `limit` items.
 */
export function rankExclusives(exclusives: readonly Exclusive[], limit = 10): ExclusiveList {
  const kept = exclusives.filter((item) => !isNoise(item.text))
  const ranked = kept.map((item, index) => ({item, index, score: score(item)}))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({item}) => item)
  return {items: ranked.slice(0, limit), rest: Math.max(0, ranked.length - limit), noise: exclusives.length - kept.length}
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word))
}

function isNoise(text: string): boolean {
  const list = words(text)
  if (list.length < 5) return true
  if (!/\p{Ll}/u.test(text)) return true
  return list.length < 10 && !/[.!?…"”’)]\s*$/u.test(text.trim())
}

function score(item: Exclusive): number {
  const list = words(item.text)
  // Capitalised words after the first: names of people, places and bodies.
  const names = list.slice(1).filter((word) => /^["“‘(]?\p{Lu}/u.test(word)).length
  return (item.quantities.length > 0 ? 4 : 0) + Math.min(3, names) + (item.kind === 'quote' ? 1 : 0) + (list.length >= 8 && list.length <= 45 ? 1 : 0)
}
