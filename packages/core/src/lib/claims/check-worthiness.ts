import type {CheckWorthiness, CheckWorthinessFeatures} from './types.js'

/** Opinion and prediction words: what they mark is harder to check than a reported fact. */
const speculative = /\b(?:could|might|may|would|should|believes?|hopes?|thinks?|feels?|wants?|seems?|likely|unlikely|perhaps|maybe|possibly|probably|predicted|predicts|expects?)\b/i

/**
 * How worth checking a claim is, 0–1: a hand-weighted sum of its features, not a
 * trained model. Numbers weigh most (they can be checked and they conflict
 * across outlets), then dates, named entities and a named source; disputed claims
 * (hedged or denied) get a little more, opinions and predictions less, and very
 * short sentences less.
 */
export function checkWorthiness(text: string, features: Omit<CheckWorthinessFeatures, 'speculative' | 'words'>): CheckWorthiness {
  const words = wordCount(text)
  // Object.assign, not a spread with fields after it: the same object, built several times faster (V8 20).
  const all: CheckWorthinessFeatures = Object.assign({}, features, {words, speculative: speculative.test(text)})
  let score = 0.2
  if (all.quantities > 0) score += 0.3
  if (all.dates > 0) score += 0.15
  score += 0.05 * Math.min(all.entities, 3)
  if (all.attributed) score += 0.05
  if (all.hedged || all.denied) score += 0.05
  if (all.speculative) score -= 0.15
  if (words < 6) score -= 0.1
  return {score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, features: all}
}

/** `text.split(/\s+/).filter(Boolean).length` without the array: runs of non-white-space (JavaScript's `\s`). */
function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** JavaScript's `\s`: white space and line terminators. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
