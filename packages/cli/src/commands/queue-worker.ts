import type {Redis} from 'ioredis'
import {defaultMaxLength} from '@corroborate/core'
import {analyzeInput, type Task} from '../analyze-input.js'
import type {Io} from '../io.js'
import type {ArticleJob} from '../queue/queue-options.js'
import {plainError} from '../plain-error.js'
import {queueArgs, queueUsage} from './queue-usage.js'
import {queueCounts} from './queue-counts.js'

const help = `Usage: corroborate worker --queue URL [options]

Take articles from a queue filled by 'corroborate enqueue', analyse them as the
batch commands do, and store each result under its article id. Run as many as you
like, on any machines that reach the Redis server (and the files, unless enqueued
with --embed). Stops on Ctrl-C (the job in hand is finished first).

Options:
  --queue URL          redis://host:6379[/db][?name=queue] (required)
  --exit-when-empty    stop once no job is waiting, delayed or in hand
  --lock-ms N          how long a job stays locked without a heartbeat before another
                       worker takes it over (default 30000)
`

/**
 * `corroborate worker`: a BullMQ worker. A result is written to a Redis hash keyed
 * by article id before the job completes, so a job retried after a crash (a worker
 * killed mid-job, its lock expired, the job moved back to wait by BullMQ's stalled
 * check) overwrites its own result: every article is in the output once. Input that
 * cannot be analysed fails at once (no retry) with its reason in the failed list.
 */
export async function runQueueWorker(argv: readonly string[], io: Io): Promise<number> {
  const args = queueArgs(argv, io, 'worker', help, {'exit-when-empty': {type: 'boolean'}, 'lock-ms': {type: 'string'}})
  if (typeof args === 'number') return args
  const {values, target} = args
  const lockMs = values['lock-ms'] === undefined ? 30_000 : Number(values['lock-ms'])
  if (!Number.isInteger(lockMs) || lockMs < 500) return queueUsage(io, `expected --lock-ms as whole milliseconds, at least 500, found '${values['lock-ms']}'`)

  const {Worker, Queue, UnrecoverableError, MetricsTime} = await import('bullmq')
  let processed = 0
  const worker = new Worker<ArticleJob>(target.name, async (job) => {
    const data = job.data
    const task: Task = {command: data.command, format: 'jsonl', file: data.file, absolute: data.path ?? null, maxBytes: defaultMaxLength, inputFormat: null,
      ...(data.content === undefined ? {} : {bytes: Buffer.from(data.content, 'base64')}),
      ...(data.metadata ? {metadata: data.metadata} : {})}
    if (task.absolute === null && task.bytes === undefined) throw new UnrecoverableError('the job names no file and holds no content')
    const result = await analyzeInput(task)
    // Bad input will not get better on a retry: straight to the failed list.
    if (!result.ok) throw new UnrecoverableError(result.error)
    const record = result.record as {id?: string}
    const key = record.id ?? job.id!
    const client = (await worker.client) as unknown as Redis
    await client.hset(target.results, key, JSON.stringify(record))
    processed++
    return {id: key}
  }, {connection: target.connection, concurrency: 1, lockDuration: lockMs, stalledInterval: Math.max(500, Math.floor(lockMs / 2)), maxStalledCount: 5,
    metrics: {maxDataPoints: MetricsTime.ONE_HOUR}, removeOnComplete: {count: 0}, autorun: false})
  worker.on('error', (error) => io.stderr(`corroborate: worker: ${plainError(error)}\n`))

  const stop = async () => {
    await worker.close()
  }
  const onSignal = () => void stop()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let watcher: ReturnType<typeof setInterval> | null = null
  if (values['exit-when-empty']) {
    const queue = new Queue(target.name, {connection: target.connection})
    watcher = setInterval(() => {
      void queueCounts(queue).then(async (counts) => {
        if (counts.waiting + counts.active + counts.delayed === 0 && watcher) {
          clearInterval(watcher)
          watcher = null
          await stop()
          await queue.close()
        }
      }, () => {})
    }, 500)
  }
  try {
    await worker.run()
  } catch (error) {
    io.stderr(`corroborate: ${values.queue}: ${plainError(error)}\n`)
    return 1
  } finally {
    if (watcher) clearInterval(watcher)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  io.stderr(`corroborate: worker stopped after ${processed} article${processed === 1 ? '' : 's'}\n`)
  return 0
}
