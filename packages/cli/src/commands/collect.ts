import type {Redis} from 'ioredis'
import type {Io} from '../io.js'
import {openSink} from '../output-sink.js'
import {plainError} from '../plain-error.js'
import {queueCounts} from './queue-counts.js'
import {queueArgs} from './queue-usage.js'

const help = `Usage: corroborate collect --queue URL [-o FILE] [--wait]

Write every result the workers stored, one JSON line per article (each article
once, however often its job ran), to FILE or standard output.

Options:
  --queue URL    redis://host:6379[/db][?name=queue] (required)
  -o, --output   write there (renamed into place when complete)
  --wait         first wait until no job is waiting, delayed or in hand
`

/** `corroborate collect`: stream the results hash to JSON Lines. */
export async function runCollect(argv: readonly string[], io: Io): Promise<number> {
  const args = queueArgs(argv, io, 'collect', help, {output: {type: 'string', short: 'o'}, wait: {type: 'boolean'}})
  if (typeof args === 'number') return args
  const {values, target} = args
  const {Queue} = await import('bullmq')
  const queue = new Queue(target.name, {connection: target.connection})
  try {
    let counts = await queueCounts(queue)
    while (values.wait && counts.waiting + counts.active + counts.delayed > 0) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      counts = await queueCounts(queue)
    }
    const sink = openSink(values.output, io)
    if (typeof sink === 'string') {
      io.stderr(`corroborate: ${values.output}: cannot write: ${sink}\n`)
      return 1
    }
    const client = (await queue.client) as unknown as Redis
    let cursor = '0'
    let written = 0
    // HSCAN in pages: memory stays bounded however many results there are.
    do {
      const [next, entries] = await client.hscan(target.results, cursor, 'COUNT', 500)
      cursor = next
      for (let i = 1; i < entries.length; i += 2) {
        sink.write(entries[i]! + '\n')
        written++
      }
    } while (cursor !== '0')
    await sink.close()
    io.stderr(`corroborate: ${written} result${written === 1 ? '' : 's'} collected; ${counts.failed} failed (see 'corroborate status')\n`)
    return 0
  } catch (error) {
    io.stderr(`corroborate: ${values.queue}: ${plainError(error)}\n`)
    return 1
  } finally {
    await queue.close()
  }
}
