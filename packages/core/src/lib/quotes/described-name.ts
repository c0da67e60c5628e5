import type {Mention} from '../entities/types.js'
import {lowerBound} from '../span-index.js'
import type {SpeakerContext} from './resolve-speaker.js'

/**
 * The person a description ending at `end` names: the first mention after it, when
 * only the rest of the description stands between (up to ten words opening with a
 * preposition or "and": "in the case and her old friend"; no comma, quote mark or
 * sentence end) or nothing at all ("Pemberhay's deputy, Sven Aldric, was more
 * cautious:"), and a comma sets the name off on both sides.
 */
export function describedName(context: SpeakerContext, end: number): Mention | null {
  const {mentions} = context.entities
  const k = lowerBound(mentions, end)
  const m = mentions[k]
  if (!m || m.possessive || m.start - end > describedReach || context.byId.get(m.entity)!.kind !== 'person') return null
  const gap = context.text.slice(end, m.title && m.title.start < m.start ? m.title.start : m.start)
  if (!describedGap.test(gap) || !/^\s*,/.test(context.text.slice(m.end, m.end + 3))) return null
  return m
}

/** Characters the rest of a description may run before the name it gives. */
const describedReach = 80
/** The rest of a description: words opening with a preposition or "and", then the comma before the name. */
const describedGap = /^(?:\s+(?:in|of|at|for|on|with|and)(?:\s+[\p{Ll}\p{Lu}][\p{L}'’-]*){1,10})?,\s+$/u
