import type {Article} from '@corroborate/core'

/** An output format of the CLI. */
export type OutputFormat =
  | 'text'
  | 'json'
  | 'jsonl'
  | 'csv'
  | 'markdown'
  /** One self-contained page (the story report). */
  | 'html'
  /** A W3C Web Annotation collection (JSON-LD): quotes and claims anchored in the texts. */
  | 'annotations'
  /** schema.org JSON-LD: NewsArticle, Quotation, Claim. */
  | 'jsonld'

/** What a command needs to render its output. */
export interface RenderContext {
  /** Colour escapes allowed (stdout is a TTY and NO_COLOR is unset). */
  color: boolean
  /** Width of the terminal, for text output. */
  columns: number
}

/**
 * One subcommand. `analyze` runs once per article, in a worker thread on large
 * batches, and returns plain data. Output is either streamed in input order
 * (`begin`, `each`, `end`: memory stays bounded on thousands of files) or, for
 * commands that need every article at once (the story report), made by `all`.
 */
export interface Command<Record = unknown> {
  name: string
  /** One line for `--help`. */
  summary: string
  formats: readonly OutputFormat[]
  defaultFormat: OutputFormat
  /** Examples for `--help`, each a full command line. */
  examples: readonly string[]
  // Methods, not function properties: a command of any record type fits the registry.
  /** `format` is the output format, for commands whose record depends on it. */
  analyze(article: Article, file: string, format: OutputFormat): Record
  begin?(format: OutputFormat, context: RenderContext): string
  each?(record: Record, index: number, format: OutputFormat, context: RenderContext): string
  end?(format: OutputFormat, context: RenderContext): string
  all?(records: Record[], format: OutputFormat, context: RenderContext): string | Iterable<string>
  /** Formats made by `begin`/`each`/`end`; the others by `all`. Default: every format when `each` is given. */
  streamed?: readonly OutputFormat[]
}

/** Whether a command streams `format` record by record. */
export function streams(command: Command, format: OutputFormat): boolean {
  if (!command.each) return false
  return command.streamed ? command.streamed.includes(format) : true
}

/** Streamed JSON: `{"version": 1, "articles": [` … `]}` around one object per article. */
export const jsonArticles = {
  begin: () => '{"version": 1, "articles": [\n',
  each: (record: unknown, index: number) => `${index === 0 ? '' : ',\n'}${JSON.stringify(record)}`,
  end: () => '\n]}\n'
}
