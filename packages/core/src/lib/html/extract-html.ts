import {ArticleError} from '../errors.js'
import type {ParsedBody} from '../article/parse-article.js'

/**
 * Extract the article from a saved news page: body text and blocks, a source map
 * back to the elements, and metadata from meta tags, Open Graph and JSON-LD.
 * (Being written: see the HTML helper's task.)
 */
export function extractHtml(html: string): ParsedBody {
  void html
  throw new ArticleError('no-article', 'HTML extraction is not built yet')
}
