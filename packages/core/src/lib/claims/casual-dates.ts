import * as chrono from 'chrono-node'
import type {ParsedResult, ParsingReference} from 'chrono-node'

/**
 * chrono-node's casual English parser over `text` ("last Tuesday", "Dec. 29"). A module
 * of its own so that Node loads chrono the first time dates are read rather than when
 * the library is imported (see tsup.config.ts).
 */
export function parseCasualDates(text: string, reference: ParsingReference): ParsedResult[] {
  return chrono.casual.parse(text, reference)
}
