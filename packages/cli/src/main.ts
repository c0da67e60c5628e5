import {writeFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {defaultMaxLength} from '@corroborate/core'
import {commands, defaultCommand} from './commands/index.js'
import type {Command, OutputFormat} from './commands/command.js'
import {expandInputs, megabytes} from './inputs.js'
import type {Io} from './io.js'
import {loadArticle, type Loaded} from './load-articles.js'
import {suggest} from './suggest.js'
import {version} from './version.js'

export type {Io} from './io.js'

const options = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  'input-format': {type: 'string'},
  'max-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'}
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
  if (first !== undefined && !first.startsWith('-')) {
    const named = commands.find((candidate) => candidate.name === first)
    if (named) {
      command = named
      args.shift()
    } else if (/^[a-z]+$/.test(first) && suggest(first, commands.map((c) => c.name)) && !(await exists(first, io))) {
      return usage(io, `unknown command '${first}'. Did you mean '${suggest(first, commands.map((c) => c.name))}'?`)
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
    io.stderr(help(command))
    return exitCodes.ok
  }
  const format = (values.format ?? command.defaultFormat) as OutputFormat
  if (!command.formats.includes(format)) {
    return usage(io, `'${command.name}' cannot print --format ${values.format}; expected one of ${command.formats.join(', ')}`)
  }
  const inputFormat = values['input-format'] ?? null
  if (inputFormat !== null && !(inputFormats as readonly string[]).includes(inputFormat)) {
    return usage(io, `unknown --input-format '${inputFormat}'; expected one of ${inputFormats.join(', ')}`)
  }
  let maxBytes = defaultMaxLength
  if (values['max-size'] !== undefined) {
    const size = parseSize(values['max-size'])
    if (size === null) return usage(io, `expected --max-size as a number of bytes or with KB/MB, found '${values['max-size']}'`)
    maxBytes = size
  }
  if (positionals.length === 0) return usage(io, `no files given; try 'corroborate ${command.name} --help'`)

  const {inputs, problems} = await expandInputs(positionals, io)
  for (const problem of problems) io.stderr(`corroborate: ${problem}\n`)
  const loaded: Loaded[] = []
  for (const input of inputs) {
    loaded.push(await loadArticle(input, io, {maxBytes, format: inputFormat as (typeof inputFormats)[number] | null}))
  }
  let failed = problems.length
  const good = loaded.filter((item): item is Extract<Loaded, {ok: true}> => {
    if (item.ok) return true
    failed++
    io.stderr(`corroborate: ${item.file}: ${item.error}\n`)
    return false
  })
  if (good.length > 0) {
    const color = values['no-color'] ? false : values.color ? true : values.output === undefined && io.stdoutIsTTY && !io.env.NO_COLOR
    const output = command.render(good, format, {color, columns: io.columns ?? 100})
    if (values.output !== undefined) {
      try {
        await writeFile(values.output, output)
      } catch (error) {
        io.stderr(`corroborate: ${values.output}: cannot write: ${(error as Error).message}\n`)
        return exitCodes.failure
      }
    } else {
      io.stdout(output)
    }
  }
  if (failed > 0) io.stderr(`corroborate: ${failed} of ${inputs.length + problems.length} input${inputs.length + problems.length === 1 ? '' : 's'} failed; ${good.length} processed (${megabytesOf(good)})\n`)
  return failed > 0 ? exitCodes.failure : exitCodes.ok
}

function megabytesOf(good: ReadonlyArray<Extract<Loaded, {ok: true}>>): string {
  return megabytes(good.reduce((sum, item) => sum + item.article.text.length, 0))
}

function usage(io: Io, message: string): number {
  io.stderr(`corroborate: ${message}\n`)
  return exitCodes.usage
}

async function exists(name: string, io: Io): Promise<boolean> {
  const {stat} = await import('node:fs/promises')
  const path = await import('node:path')
  try {
    await stat(path.resolve(io.cwd, name))
    return true
  } catch {
    return false
  }
}

function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim())
  if (!match) return null
  const unit = (match[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('g') ? 1e9 : unit.startsWith('m') ? 1e6 : unit.startsWith('k') ? 1e3 : 1
  return Math.round(Number(match[1]) * factor)
}

function help(command: Command): string {
  const lines = [
    `corroborate ${version}: compare how news outlets report the same story`,
    '',
    `Usage: corroborate ${command === defaultCommand ? '[report]' : command.name} [options] FILE|FOLDER|GLOB|- ...`,
    '',
    `${command.summary}.`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}${c === defaultCommand ? ' (default)' : ''}`),
    '',
    'Options:',
    `  -f, --format FORMAT     output: ${command.formats.join(', ')} (default ${command.defaultFormat})`,
    '  -o, --output FILE       write the output to FILE instead of stdout',
    '      --input-format F    read every input as text, markdown, html or json (default: detect)',
    `      --max-size SIZE     refuse inputs larger than SIZE (default ${megabytes(defaultMaxLength)}; e.g. 5MB)`,
    '      --color, --no-color force colour on or off (default: on for a terminal unless NO_COLOR)',
    '  -h, --help              show this help (with a command: that command\'s help)',
    '  -v, --version           print the version',
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
    'Folders are read recursively (.txt .md .html .json); `-` reads standard input.',
    'Exit codes: 0 ok, 1 an input failed (the others are still processed), 2 usage error.',
    ''
  ]
  return lines.join('\n')
}
