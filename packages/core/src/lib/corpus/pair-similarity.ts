import {dot, hasId} from './sparse-vector.js'
import type {Weighed} from './weigh-features.js'

/** Share of the similarity that comes from entities rather than words. */
const nameShare = 0.4
/** What a sign of two different events leaves of the similarity: halved, not zeroed, as signs can be wrong. */
const mismatch = 0.5

/**
 * How alike two articles are, 0–1: words and entities by cosine, then lowered for
 * each sign of two events: publication dates further apart than the window, no year
 * in common, or each article about a different main person whom the other never names
 * (two arrests of two players of one team share every word but the names).
 */
export function pairSimilarity(a: Weighed, b: Weighed, windowDays: number): number {
  let similarity = (1 - nameShare) * dot(a.words, b.words) + nameShare * dot(a.names, b.names)
  if (similarity === 0) return 0
  if (a.main >= 0 && b.main >= 0 && a.main !== b.main && !hasId(a.names, b.main) && !hasId(b.names, a.main)) similarity *= mismatch
  if (a.day !== null && b.day !== null) {
    if (Math.abs(a.day - b.day) > windowDays) similarity *= mismatch
  } else if (a.years.length > 0 && b.years.length > 0 && !a.years.some(year => b.years.includes(year))) {
    similarity *= mismatch
  }
  return similarity
}
