import {readFileSync, statSync, type Stats} from 'node:fs'
import {decodeBytes, fileStem, parseArticle, type ArticleMetadata, type Format} from '@corroborate/core'
import type {OutputFormat, RenderContext} from './commands/command.js'
import {streams} from './commands/command.js'
import {commands} from './commands/index.js'
import {withHint} from './error-hints.js'
import {ownOutput} from './own-output.js'
import {plainError} from './plain-error.js'
import {visibleControls} from './visible.js'

/** One input to analyse: a file (read here, in the worker) or text read from stdin. */
export interface Task {
  command: string
  /** The output format the record is for. */
  format: OutputFormat
  file: string
  absolute: string | null
  /** Standard input's bytes, for `-`. */
  bytes?: Uint8Array
  maxBytes: number
  inputFormat: Format | null
  /** Metadata from a story manifest. */
  metadata?: ArticleMetadata
  /** For streamed output: render the record here (in the worker), so only text crosses threads. */
  context?: RenderContext
}

/**
 * The result of one task: the command's record (or, for streamed output, its text
 * as the first record and, when it differs, as any later one), or why the input failed.
 */
export type TaskResult =
  | {ok: true, file: string, size: number, record?: unknown, first?: string, later?: string, /** Read, but with a caveat to tell (an encoding guessed). */ notes?: string[]}
  | {ok: false, file: string, error: string, /** Not an article (one of our own outputs): a note, not a failure. */ skipped?: boolean}

/**
 * Read, decode, parse and analyse one input (`stats`: the file's, when the caller
 * has them already). Never throws: a failure is a result.
 */
export async function analyzeInput(task: Task, stats?: Stats | null): Promise<TaskResult> {
  try {
    const command = commands.find((candidate) => candidate.name === task.command)
    if (!command) throw new Error(`unknown command ${task.command}`)
    let bytes = task.bytes
    if (!bytes) {
      // Synchronous: a worker (or the one-job loop) has nothing else to do meanwhile,
      // and the promise API costs several thread-pool round trips per small file.
      const info = stats ?? statSync(task.absolute!)
      if (!info.isFile()) throw new Error('not a regular file')
      if (info.size > task.maxBytes) throw new Error(tooLarge(info.size, task.maxBytes))
      bytes = readFileSync(task.absolute!)
    }
    if (bytes.length > task.maxBytes) throw new Error(tooLarge(bytes.length, task.maxBytes))
    if (bytes.length === 0) throw Object.assign(new Error('empty file'), {code: 'empty'})
    const {text: decoded, messages: decoding} = decodeBytes(bytes)
    const own = ownOutput(decoded)
    if (own) return {ok: false, file: task.file, skipped: true, error: `skipped: this is ${own}, not an article`}
    // Text, CSV, Markdown and HTML are printed or paged as they are (JSON escapes
    // control characters itself): nothing in an article or a file name may act on a terminal.
    const plain = !escapedFormats.has(task.format)
    const text = plain ? visibleControls(decoded) : decoded
    // A manifest's metadata wins over the article's own; the file name is the last resort for the outlet.
    const shown = (value: string) => (plain ? visibleControls(value) : value)
    const metadata = task.metadata ? Object.fromEntries(Object.entries(task.metadata).map(([key, value]) => [key, typeof value === 'string' ? shown(value) : value])) : null
    const article = parseArticle(text, {format: task.inputFormat, fileName: task.absolute, maxLength: task.maxBytes, metadata})
    // Stray bytes replaced, an encoding guessed: said with the article's own notes.
    if (decoding.length > 0) article.messages.unshift(...decoding)
    // Else the URL's domain, else the file's stem.
    if (!article.source.outlet && (article.source.domain || task.absolute)) article.source.outlet = shown(article.source.domain ?? fileStem(task.absolute!))
    const record = command.analyze(article, shown(task.file), task.format)
    const notable = article.messages.filter((message) => noted.has(message.ruleId))
    const notes = notable.length > 0 ? {notes: notable.map((message) => lowerFirst(message.reason))} : {}
    if (!task.context || !streams(command, task.format)) return {ok: true, file: task.file, record, size: bytes.length, ...notes}
    const first = command.each!(record, 0, task.format, task.context)
    const later = command.each!(record, 1, task.format, task.context)
    // Most formats write every record alike: then only one copy crosses threads.
    return later === first ? {ok: true, file: task.file, size: bytes.length, first, ...notes} : {ok: true, file: task.file, size: bytes.length, first, later, ...notes}
  } catch (error) {
    // JSON.stringify of a record past V8's longest string.
    if (error instanceof RangeError && /string length/i.test(error.message)) return {ok: false, file: task.file, error: 'output too large to write as one record'}
    return {ok: false, file: task.file, error: withHint(lowerFirst(plainError(error).replace(/\s+/g, ' ')), (error as {code?: string} | null)?.code)}
  }
}

/** Article messages worth a line on stderr: how the file was read, and text the parsers cannot read well. */
const noted = new Set(['decode-guessed', 'decode-invalid-bytes', 'not-english'])

/** Formats whose writer escapes control characters (JSON and its kin); the others get them made visible. */
export const escapedFormats = new Set<OutputFormat>(['json', 'jsonl', 'annotations', 'jsonld'])

export function tooLarge(size: number, max: number): string {
  return `too large: ${megabytes(size)}, the limit is ${megabytes(max)} (--max-size)`
}

export function megabytes(bytes: number): string {
  if (bytes < 100_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
