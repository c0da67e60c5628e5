import * as chrono from 'chrono-node'
import type {ParsedResult, ParsingReference} from 'chrono-node'

/**
 * chrono-node's casual English parser over `text` ("last Tuesday", "Dec. 29"). A module
 * of its own so that Node loads chrono the first time dates are read rather than when
 * the library is imported (see tsup.config.ts).
 *
 * Results are kept per text and reference instant: chrono is most of the cost of
 * claims, and the same date windows recur wherever outlets share copy (wire stories,
 * rewrites). Callers only read the results; chrono gives the same ones for the same
 * text and reference.
 */
export function parseCasualDates(text: string, reference: ParsingReference): readonly ParsedResult[] {
  const instant = reference.instant
  // A reference without an instant means "now", which is not the same twice: not kept.
  if (!(instant instanceof Date)) return chrono.casual.parse(text, reference)
  const key = `${instant.getTime()} ${reference.timezone ?? ''} ${text}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const results = chrono.casual.parse(text, reference)
  // A bounded number of windows: a story of thousands of articles does not grow it without end.
  if (cache.size >= 20_000) cache.clear()
  cache.set(key, results)
  return results
}

const cache = new Map<string, readonly ParsedResult[]>()
