import type {ArticleErrorCode} from '@corroborate/core'

/**
 * What a user can do about an input the core refused, by `ArticleError` code: the
 * core says what was expected and found; the CLI, which knows its own options, adds
 * the way out. Codes without a way out (the message is enough) have none.
 */
const hints: Partial<Record<ArticleErrorCode, string>> = {
  empty: 'nothing to read; leave it out or add the article text',
  binary: 'save it as text, Markdown or HTML first (a PDF, Word file or image cannot be read)',
  'invalid-utf8': 'save it as UTF-8, or with a byte-order mark naming its encoding',
  'no-article': 'save the article page itself, or its text as a .txt file',
  'invalid-json': 'fix the JSON, or read it as plain text with --input-format text',
  'invalid-article': 'an article in JSON is an object with its body as a string: `text` (or `body`, `content`, `articleBody`)',
  'too-complex': 'split the file, or save its text alone'
}

/** The error's message with what to do about it, when there is something to do. */
export function withHint(message: string, code: string | undefined): string {
  const hint = code === undefined ? undefined : hints[code as ArticleErrorCode]
  return hint ? `${message}; ${hint}` : message
}
