import {claimTokens} from './compare-tokens.js'
import type {StoryClaim} from './types.js'

/**
 * What a claim is about, as weighted features for matching it across outlets:
 * content words (stemmed), entities (cross-article ids), quantities (value and
 * unit) and days. Numbers (what is counted, and the value) weigh most, then
 * entities, then words and days: two
 * outlets word a fact differently but keep who and how many; a day weighs no more
 * than a word, so two outlets that date one event differently still meet (and the
 * difference becomes a conflict).
 */
export function claimFeatures(claim: StoryClaim, entities: readonly string[]): Map<string, number> {
  const features = new Map<string, number>()
  const add = (key: string, weight: number) => features.set(key, Math.max(features.get(key) ?? 0, weight))
  for (const token of claimTokens(claim.text)) if (token.content && token.key.length > 2) add(`w:${token.key}`, 1)
  for (const entity of entities) add(`e:${entity}`, 1.5)
  for (const quantity of claim.quantities) {
    // The counted thing and the value apart: "12 people" and "14 people" still meet
    // (and the difference becomes a conflict); equal values meet more strongly.
    if (quantity.unit) add(`u:${quantity.unit}`, 1.5)
    add(`n:${quantity.value}:${quantity.unit ?? ''}`, 1.5)
  }
  for (const date of claim.dates) if (date.from && date.from === date.to) add(`d:${date.from}`, 0.5)
  return features
}

/** Cosine similarity of two feature maps weighted by inverse document frequency. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf: (key: string) => number): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (const [key, weight] of a) {
    const w = weight * idf(key)
    na += w * w
    const other = b.get(key)
    if (other !== undefined) dot += w * other * idf(key)
  }
  for (const [key, weight] of b) {
    const w = weight * idf(key)
    nb += w * w
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}
