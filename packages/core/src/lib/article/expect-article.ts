import type {Article} from '../types.js'
import {describeValue} from './describe-value.js'

/**
 * A caller's misuse made plain: a function given something that is not an Article
 * (from `parseArticle`), such as the article's text itself, throws
 * `TypeError('Expected an Article …')` instead of failing deep inside with
 * "article.blocks is not iterable".
 */
export function expectArticle(article: unknown): asserts article is Article {
  const value = article as Partial<Article> | null
  if (!value || typeof value !== 'object' || typeof value.text !== 'string' || !Array.isArray(value.blocks)) {
    throw new TypeError(`Expected an Article (from parseArticle), not ${describeValue(value, 'text and blocks', 'parse the text with parseArticle first')}`)
  }
}
