import * as chrono from 'chrono-node'
import type {ParsedResult, ParsingReference} from 'chrono-node'
import {gateParsers} from './chrono-gates.js'

/**
 * chrono-node's casual English parser over `text` ("last Tuesday", "Dec. 29"). A module
 * of its own so that Node loads chrono the first time dates are read rather than when
 * the library is imported (see tsup.config.ts).
 *
 * Results are kept per text and reference instant: chrono is most of the cost of
 * claims, and the same date windows recur wherever outlets share copy (wire stories,
 * rewrites). Callers only read the results; chrono gives the same ones for the same
 * text and reference. The time-unit parsers that are costly to compile run only where
 * their words are (chrono-gates.ts): the same results.
 */
export function parseCasualDates(text: string, reference: ParsingReference): readonly ParsedResult[] {
  const instant = reference.instant
  // A reference without an instant means "now", which is not the same twice: not kept.
  if (!(instant instanceof Date)) return casual.parse(text, reference)
  const key = `${instant.getTime()} ${reference.timezone ?? ''} ${text}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const results = casual.parse(text, reference)
  // A bounded number of windows: a story of thousands of articles does not grow it without end.
  if (cache.size >= 20_000) cache.clear()
  cache.set(key, results)
  return results
}

const cache = new Map<string, readonly ParsedResult[]>()
const casual = gateParsers(chrono.casual).reader
