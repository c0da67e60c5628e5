import {detectFormat} from '@corroborate/core'
import type {ArticleInput, WorkerInput} from './protocol.js'

/**
 * The inputs as the analysis worker takes them: HTML pages already read here, on
 * the page's thread, by core with the browser's own HTML parser.
 *
 * A Web Worker has no HTML parser, and the browser build of `@corroborate/core` ships
 * no second DOM, so a page is read where the DOM is and the worker gets the extracted
 * `Article`. The code that reads pages is a chunk of its own, loaded the first time an
 * HTML input arrives: a story of text and Markdown never downloads it.
 */
export async function withHtmlParsed(inputs: readonly ArticleInput[]): Promise<WorkerInput[]> {
  if (!inputs.some(isHtml)) return [...inputs]
  const {readHtmlInput} = await import('./html-article.js')
  return inputs.map((input) => (isHtml(input) ? {...input, parsed: readHtmlInput(input)} : input))
}

function isHtml(input: ArticleInput): boolean {
  return (input.format ?? detectFormat(input.text, input.file)) === 'html'
}
