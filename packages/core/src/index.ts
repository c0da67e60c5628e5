/**
 * @corroborate/core: parse news articles, find quotes with their speakers, claims
 * and entities, and compare how outlets tell one story. Isomorphic: Node and the
 * browser, strings in, typed data out.
 */

// articles
export {parseArticle, defaultMaxLength} from './lib/article/parse-article.js'
export type {Options as ParseArticleOptions, ArticleMetadata} from './lib/article/parse-article.js'
export {detectFormat} from './lib/article/detect-format.js'
export {decodeText} from './lib/decode-text.js'
export {ArticleError} from './lib/errors.js'
export type {ArticleErrorCode} from './lib/errors.js'
export type {
  Article,
  ArticleSource,
  Block,
  BlockKind,
  BoilerplateReason,
  Format,
  Message,
  Sentence,
  SourceMapEntry,
  Span,
  Word
} from './lib/types.js'

// quotes and entities (helper)
// end quotes and entities
