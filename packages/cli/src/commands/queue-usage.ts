import type {Io} from '../io.js'

/** A usage error of a queue command: one line, exit 2. */
export function queueUsage(io: Io, message: string): number {
  io.stderr(`corroborate: ${message.split('\n')[0]!.replace(/\.$/, '')}\n`)
  return 2
}
