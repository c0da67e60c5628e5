import type {Redis} from 'ioredis'
import type {Io} from '../io.js'
import {plainError} from '../plain-error.js'
import {queueCounts} from './queue-counts.js'
import {queueArgs, queueUsage} from './queue-usage.js'

const help = `Usage: corroborate status --queue URL [--format text|json]

Show how many articles wait, are in hand, are done and failed (with each failure's
file and reason), and the rate over the last minutes.
`

/** `corroborate status`: counts, rate and the failed list. */
export async function runStatus(argv: readonly string[], io: Io): Promise<number> {
  const args = queueArgs(argv, io, 'status', help, {format: {type: 'string', short: 'f'}})
  if (typeof args === 'number') return args
  const {values, target} = args
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') return queueUsage(io, `'status' cannot print --format ${format}; expected text or json`)
  const {Queue} = await import('bullmq')
  const queue = new Queue(target.name, {connection: target.connection})
  try {
    const counts = await queueCounts(queue)
    const client = (await queue.client) as unknown as Redis
    const done = await client.hlen(target.results)
    // Per-minute completions recorded by the workers, newest first (the first minute is under way).
    const metrics = await queue.getMetrics('completed', 0, 5)
    const minutes = metrics.data.slice(1, 6)
    const perMinute = minutes.length > 0 ? minutes.reduce((sum, value) => sum + value, 0) / minutes.length : 0
    const failedJobs = await queue.getFailed(0, 99)
    const failed = failedJobs.map((job) => ({file: (job.data as {file?: string}).file ?? job.id, reason: job.failedReason}))
    if (format === 'json') {
      io.stdout(JSON.stringify({queue: target.name, ...counts, done, perMinute, failedList: failed}, null, 2) + '\n')
    } else {
      io.stdout(`${target.name}: ${counts.waiting} waiting, ${counts.active} in hand, ${counts.delayed} to retry, ${done} done, ${counts.failed} failed; ${perMinute.toFixed(0)} articles a minute\n`)
      for (const item of failed) io.stdout(`  failed: ${item.file}: ${item.reason}\n`)
      if (counts.failed > failed.length) io.stdout(`  … and ${counts.failed - failed.length} more\n`)
    }
    return 0
  } catch (error) {
    io.stderr(`corroborate: ${values.queue}: ${plainError(error)}\n`)
    return 1
  } finally {
    await queue.close()
  }
}
