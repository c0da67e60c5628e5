import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {expandInputs} from '../inputs.js'
import type {Io} from '../io.js'
import type {ArticleJob} from '../queue/queue-options.js'
import {plainError} from '../plain-error.js'
import {queueArgs, queueUsage} from './queue-usage.js'

const analyses = ['quotes', 'claims', 'entities', 'parse', 'stories']

const help = `Usage: corroborate enqueue --queue URL [options] FILE...

Add one job per article to a queue that 'corroborate worker' processes.

Options:
  --queue URL          redis://host:6379[/db][?name=queue] (required)
  --command NAME       analysis to run: ${analyses.join(', ')} (default quotes)
  --embed              put each article's bytes in its job (workers need no shared files)
  --no-glob            take arguments literally
`

/**
 * `corroborate enqueue`: one job per article. The job id is a hash of the article's
 * bytes and the analysis, so enqueuing a file twice (or re-running after a crash)
 * adds nothing: BullMQ keeps one job per id.
 */
export async function runEnqueue(argv: readonly string[], io: Io): Promise<number> {
  const args = queueArgs(argv, io, 'enqueue', help, {command: {type: 'string'}, embed: {type: 'boolean'}, 'no-glob': {type: 'boolean'}})
  if (typeof args === 'number') return args
  const {values, positionals, target} = args
  const command = values.command ?? 'quotes'
  if (!analyses.includes(command)) return queueUsage(io, `unknown --command '${command}'; expected one of ${analyses.join(', ')}`)
  if (positionals.length === 0) return queueUsage(io, "no files given; try 'corroborate enqueue --help'")

  const expanded = await expandInputs(positionals, io, {glob: !values['no-glob']})
  for (const problem of expanded.problems) io.stderr(`corroborate: ${problem}\n`)
  const {Queue} = await import('bullmq')
  const queue = new Queue<ArticleJob>(target.name, {connection: target.connection})
  let added = 0
  let failed = expanded.problems.length
  try {
    const batch: Array<{name: string, data: ArticleJob, opts: {jobId: string}}> = []
    const flush = async () => {
      if (batch.length > 0) await queue.addBulk(batch.splice(0))
    }
    for (const input of expanded.inputs) {
      if (input.absolute === null) continue
      let bytes: Buffer
      try {
        bytes = await readFile(input.absolute)
      } catch (error) {
        failed++
        io.stderr(`corroborate: ${input.file}: ${plainError(error)}\n`)
        continue
      }
      const jobId = createHash('sha256').update(command).update('\0').update(bytes).digest('hex').slice(0, 32)
      const data: ArticleJob = {file: input.file, command, ...(values.embed ? {content: bytes.toString('base64')} : {path: input.absolute}),
        ...(input.metadata ? {metadata: input.metadata as Record<string, string | null>} : {})}
      batch.push({name: 'article', data, opts: {jobId}})
      added++
      if (batch.length >= 200) await flush()
    }
    await flush()
  } catch (error) {
    io.stderr(`corroborate: ${values.queue}: ${plainError(error)}\n`)
    await queue.close()
    return 1
  }
  await queue.close()
  io.stderr(`corroborate: ${added} article${added === 1 ? '' : 's'} enqueued on ${target.name}\n`)
  return failed > 0 ? 1 : 0
}
