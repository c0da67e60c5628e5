import {eventSigns} from './event-signs.js'
import {dot} from './sparse-vector.js'
import type {Weighed} from './weigh-features.js'

/** Share of the similarity that comes from entities rather than words. */
const nameShare = 0.4
/** What each sign of two different events leaves of the similarity: halved, not zeroed, as signs can be wrong. */
const mismatch = 0.5

/**
 * How alike two articles are, 0–1: words and entities by cosine, then halved for
 * each sign that they report two events of one kind (`eventSigns`): two reports of
 * one kind of event share nearly every word, and what tells them apart is who,
 * which day and how much.
 */
export function pairSimilarity(a: Weighed, b: Weighed, windowDays: number): number {
  const similarity = (1 - nameShare) * dot(a.words, b.words) + nameShare * dot(a.names, b.names)
  if (similarity === 0) return 0
  return similarity * mismatch ** eventSigns(a, b, windowDays)
}
