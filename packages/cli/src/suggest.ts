import {distance as editDistance} from 'fastest-levenshtein'

/** The closest candidate to `word` within an edit distance of 2, for "did you mean". */
export function suggest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = 3
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
