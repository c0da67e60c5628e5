import {parseArgs, type ParseArgsConfig} from 'node:util'
import type {Io} from '../io.js'
import {queueTarget, type QueueTarget} from '../queue/queue-options.js'

/** A usage error of a queue command: one line, exit 2. */
export function queueUsage(io: Io, message: string): number {
  io.stderr(`corroborate: ${message.split('\n')[0]!.replace(/\.$/, '')}\n`)
  return 2
}

type Options = NonNullable<ParseArgsConfig['options']>
type Values<O extends Options> = ReturnType<typeof parseArgs<{options: O & typeof common, allowPositionals: true, strict: true}>>['values']

/** The options every queue command takes. */
const common = {queue: {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const

/**
 * A queue command's arguments: its own options beside `--queue` and `--help`, the
 * help printed (exit 0) when asked, and a usage error (exit 2) for a bad option, a
 * missing or unusable `--queue`. The exit code when the command should stop, else
 * what it needs.
 */
export function queueArgs<O extends Options>(argv: readonly string[], io: Io, command: string, help: string, options: O):
  number | {values: Values<O>, positionals: string[], target: QueueTarget} {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], allowPositionals: true, strict: true, options: {...options, ...common}})
  } catch (error) {
    return queueUsage(io, (error as Error).message)
  }
  const values = parsed.values as Values<O>
  const {help: asked, queue} = parsed.values as {help?: boolean, queue?: string}
  if (asked) {
    io.stdout(help)
    return 0
  }
  if (!queue) return queueUsage(io, `no --queue given; try 'corroborate ${command} --help'`)
  const target = queueTarget(queue)
  if (typeof target === 'string') return queueUsage(io, target)
  return {values, positionals: parsed.positionals, target}
}
