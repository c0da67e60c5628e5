import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {defaultMaxLength, type Format} from '@corroborate/core'
import {commands, defaultCommand, runners} from './commands/index.js'
import {escapedFormats, megabytes, type Task} from './analyze-input.js'
import {streams, type Command, type OutputFormat} from './commands/command.js'
import {help} from './help.js'
import {expandInputs, pathExists} from './inputs.js'
import type {Io} from './io.js'
import {openSink} from './output-sink.js'
import {Progress} from './progress.js'
import {defaultJobs, defaultTimeoutSeconds, runTasks} from './run-tasks.js'
import {serve} from './serve.js'
import {suggest} from './suggest.js'
import {version} from './version.js'
import {oneLine} from './visible.js'
import {terminalSafeJson} from './safe-json.js'

export type {Io} from './io.js'

const options = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  'input-format': {type: 'string'},
  'max-size': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  timeout: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  'no-glob': {type: 'boolean'},
  'allow-outside': {type: 'boolean'}
} as const

const inputFormats = ['text', 'markdown', 'html', 'json'] as const

/** Exit codes: 0 ok, 1 a file failed (content or I/O), 2 usage. */
export const exitCodes = {ok: 0, failure: 1, usage: 2} as const

/**
 * Run the `corroborate` command line. Data goes to `io.stdout`, everything else to
 * `io.stderr`; returns the exit code.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = [...argv]
  let command: Command = defaultCommand
  const first = args[0]
  if (first === 'serve') return serve(args.slice(1), io, parseSize)
  if (first !== undefined && Object.hasOwn(runners, first)) return runners[first]!(args.slice(1), io)
  if (first !== undefined && !first.startsWith('-')) {
    const named = commands.find((candidate) => candidate.name === first)
    if (named) {
      command = named
      args.shift()
    } else {
      const hint = /^[a-z]+$/.test(first) ? suggest(first, [...commands.map((c) => c.name), 'serve']) : null
      if (hint && !(await pathExists(path.resolve(io.cwd, first)))) return usage(io, `unknown command '${first}'. Did you mean '${hint}'?`)
    }
  }

  let parsed
  try {
    parsed = parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    const text = (error as Error).message
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(text)
    if (unknown) {
      const names = Object.keys(options).map((name) => `--${name}`)
      const hint = suggest(unknown[1]!, names)
      return usage(io, `unknown option '${unknown[1]}'${hint ? `. Did you mean '${hint}'?` : ''}`)
    }
    return usage(io, text.split('\n')[0]!.replace(/\.$/, ''))
  }
  const {values, positionals} = parsed
  if (values.version) {
    io.stdout(`${version}\n`)
    return exitCodes.ok
  }
  if (values.help) {
    io.stdout(help(command))
    return exitCodes.ok
  }
  const format = (values.format ?? command.defaultFormat) as OutputFormat
  if (!command.formats.includes(format)) {
    return usage(io, `'${command.name}' cannot print --format ${values.format}; expected one of ${command.formats.join(', ')}`)
  }
  const inputFormat = (values['input-format'] ?? null) as Format | null
  if (inputFormat !== null && !(inputFormats as readonly string[]).includes(inputFormat)) {
    return usage(io, `unknown --input-format '${inputFormat}'; expected one of ${inputFormats.join(', ')}`)
  }
  let maxBytes = defaultMaxLength
  if (values['max-size'] !== undefined) {
    const size = parseSize(values['max-size'])
    if (size === null) return usage(io, `expected --max-size as a number of bytes or with KB/MB, found '${values['max-size']}'`)
    maxBytes = size
  }
  // No file given and something piped in: read standard input, as `-` would.
  let piped: Uint8Array | null = null
  if (positionals.length === 0) {
    if (io.stdinIsTTY) return usage(io, `no files given; try 'corroborate ${command.name} --help'`)
    piped = await io.stdin(maxBytes)
    if (piped.length === 0) return usage(io, `no files given and standard input is empty; try 'corroborate ${command.name} --help'`)
    positionals.push('-')
  }

  // Nothing an article or a file name holds may act on the terminal through stderr.
  const say = (text: string) => io.stderr(oneLine(text))
  const outputAbsolute = values.output === undefined || values.output === '-' ? null : path.resolve(io.cwd, values.output)
  if (outputAbsolute !== null && positionals.some((arg) => arg !== '-' && path.resolve(io.cwd, arg) === outputAbsolute)) {
    return usage(io, `-o ${values.output} names one of the inputs; refusing to overwrite it`)
  }
  const expanded = await expandInputs(positionals, io, {glob: !values['no-glob'], allowOutside: values['allow-outside'] === true})
  const problems = expanded.problems
  // A report written into an input folder by an earlier run is the output, not an input.
  const inputs = expanded.inputs.filter((input) => input.absolute === null || input.absolute !== outputAbsolute)
  if (outputAbsolute !== null && expanded.inputs.some((input) => input.absolute !== null && input.absolute !== outputAbsolute && sameFile(input.absolute, outputAbsolute))) {
    return usage(io, `-o ${values.output} is one of the inputs (through a link); refusing to overwrite it`)
  }
  for (const problem of problems) say(`corroborate: ${problem}\n`)
  for (const note of expanded.notes) say(`corroborate: note: ${note}\n`)
  const color = values['no-color'] ? false : values.color ? true : colorFromEnvironment(io, values.output)
  // $COLUMNS, else the terminal's width, else 80.
  const context = {color, columns: Number.parseInt(io.env.COLUMNS ?? '', 10) > 0 ? Number.parseInt(io.env.COLUMNS!, 10) : io.columns ?? 80}
  let jobs = values.jobs === undefined ? defaultJobs(inputs.length) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) return usage(io, `expected --jobs as a whole number of at least 1, found '${values.jobs}'`)
  if (jobs > availableParallelism()) {
    say(`corroborate: --jobs ${jobs} is more than this machine's ${availableParallelism()} cores; using ${availableParallelism()}\n`)
    jobs = availableParallelism()
  }

  const timeout = values.timeout === undefined ? defaultTimeoutSeconds : Number(values.timeout)
  if (!Number.isFinite(timeout) || timeout < 0) return usage(io, `expected --timeout as seconds (0 for no limit), found '${values.timeout}'`)
  // One job on a few files runs in this thread, fast to start; it gets a budget (and so
  // a worker) only when asked. Batches on workers always have one.
  const budgetMs = timeout === 0 || (jobs === 1 && values.timeout === undefined) ? null : timeout * 1000

  const opened = openSink(values.output, io)
  if (typeof opened === 'string') {
    say(`corroborate: ${values.output}: cannot write: ${opened}\n`)
    return exitCodes.failure
  }
  // JSON escapes C0 itself; DEL and C1 (a one-character CSI) get escaped here, on every JSON path at once.
  const sink = escapedFormats.has(format) ? {...opened, write: (text: string) => opened.write(terminalSafeJson(text))} : opened
  const streamed = streams(command, format)
  const records: unknown[] = []
  let failed = problems.length
  let skipped = 0
  let processed = 0
  let bytes = 0
  const progress = new Progress(inputs.length, io.stderr, io.stderrIsTTY && inputs.length > 1, io.columns)
  if (streamed && command.begin) sink.write(command.begin(format, context))
  const tasks: Task[] = []
  for (const input of inputs) {
    tasks.push({command: command.name, format, file: input.file, absolute: input.absolute, maxBytes, inputFormat, ...(streamed ? {context} : {}),
      ...(input.absolute === null ? {bytes: piped ?? await io.stdin(maxBytes)} : {}), ...(input.metadata ? {metadata: input.metadata} : {})})
  }
  for await (const result of runTasks(tasks, jobs, budgetMs)) {
    progress.tick(result.ok ? result.size : 0)
    if (!result.ok) {
      if (result.skipped) skipped++
      else failed++
      progress.finish()
      say(`corroborate: ${result.file}: ${result.error}\n`)
      continue
    }
    if (result.notes) {
      progress.finish()
      // Read, but the user should know how: an encoding guessed, stray bytes replaced.
      for (const note of result.notes) say(`corroborate: ${result.file}: note: ${note}\n`)
    }
    bytes += result.size
    if (streamed) sink.write((processed === 0 ? result.first : result.later ?? result.first) ?? '')
    else records.push(result.record)
    processed++
  }
  progress.finish()
  if (streamed && command.end) sink.write(command.end(format, context))
  else if (!streamed && records.length > 0) {
    const output = command.all!(records, format, context)
    if (typeof output === 'string') sink.write(output)
    else {
      for (const chunk of output) {
        sink.write(chunk)
        await sink.drain()
      }
    }
  }
  if (processed === 0 && failed > 0) {
    // Every input failed: an existing output file keeps what it held.
    await sink.abort()
  } else {
    try {
      await sink.close()
    } catch (error) {
      say(`corroborate: ${values.output}: cannot write: ${(error as Error).message}\n`)
      return exitCodes.failure
    }
  }
  if (failed > 0) {
    const total = inputs.length + problems.length - skipped
    say(`corroborate: ${failed} of ${total} input${total === 1 ? '' : 's'} failed; ${processed} processed${bytes > 0 ? ` (${megabytes(bytes)})` : ''}\n`)
  }
  return failed > 0 ? exitCodes.failure : exitCodes.ok
}

/** Whether two paths are one file (a hard or symbolic link); false when either cannot be read. */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a)
    const y = statSync(b)
    return x.ino === y.ino && x.dev === y.dev
  } catch {
    return false
  }
}

/**
 * Colour by the usual conventions: `FORCE_COLOR` (not `0` or `false`) forces it on,
 * `NO_COLOR` (non-empty) and `TERM=dumb` turn it off, else on for a terminal when
 * the output is not a file.
 */
function colorFromEnvironment(io: Io, output: string | undefined): boolean {
  const force = io.env.FORCE_COLOR
  if (force !== undefined && force !== '0' && force !== 'false') return true
  if (io.env.NO_COLOR || io.env.TERM === 'dumb') return false
  return (output === undefined || output === '-') && io.stdoutIsTTY
}

function usage(io: Io, message: string): number {
  io.stderr(oneLine(`corroborate: ${message}\n`))
  return exitCodes.usage
}

function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim())
  if (!match) return null
  const unit = (match[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('g') ? 1e9 : unit.startsWith('m') ? 1e6 : unit.startsWith('k') ? 1e3 : 1
  return Math.round(Number(match[1]) * factor)
}
