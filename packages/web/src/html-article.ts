import {parseArticle} from '@corroborate/core'
import type {ArticleInput, ParsedInput} from './protocol.js'

/** Parsed pages by input, so adding one article does not re-read the others. */
const cache = new Map<string, ParsedInput>()

/**
 * Read one HTML input into an `Article`, as the worker reads any other input (the
 * outlet the person named, then the manifest's metadata, then the page's own). Here,
 * on the page's thread, core's browser build reads it with the browser's own HTML
 * parser into an inert document, which runs no scripts and loads nothing; the app
 * itself still never parses a string as markup (test/no-html-sinks.test.ts).
 */
export function readHtmlInput(input: ArticleInput): ParsedInput {
  const key = [input.file, input.outlet ?? '', JSON.stringify(input.metadata ?? null), input.text].join('\u0000')
  let parsed = cache.get(key)
  if (!parsed) {
    try {
      const metadata = {...input.metadata, ...(input.outlet ? {outlet: input.outlet} : {})}
      parsed = {article: parseArticle(input.text, {format: 'html', fileName: input.file, metadata})}
    } catch (error) {
      parsed = {error: error instanceof Error ? error.message : String(error)}
    }
    cache.set(key, parsed)
  }
  return parsed
}
