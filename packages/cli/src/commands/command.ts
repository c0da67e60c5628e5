import type {Loaded} from '../load-articles.js'

/** An output format of the CLI. */
export type OutputFormat = 'text' | 'json' | 'jsonl' | 'csv' | 'markdown'

/** What a command needs to render its output. */
export interface RenderContext {
  /** Colour escapes allowed (stdout is a TTY and NO_COLOR is unset). */
  color: boolean
  /** Width of the terminal, for text output. */
  columns: number
}

/** One subcommand: which formats it prints and how, over the articles that loaded. */
export interface Command {
  name: string
  /** One line for `--help`. */
  summary: string
  formats: readonly OutputFormat[]
  defaultFormat: OutputFormat
  /** Examples for `--help`, each a full command line. */
  examples: readonly string[]
  /** Render the articles that loaded (failures are reported by `main`). */
  render: (loaded: ReadonlyArray<Extract<Loaded, {ok: true}>>, format: OutputFormat, context: RenderContext) => string
}
