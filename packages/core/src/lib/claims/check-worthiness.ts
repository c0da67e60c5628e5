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
  const words = text.split(/\s+/).filter(Boolean).length
  const all: CheckWorthinessFeatures = {...features, words, speculative: speculative.test(text)}
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
