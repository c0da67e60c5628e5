import {ArticleError, withinLimits} from '../errors.js'
import {flattenDeepNesting, maxDepth} from '../html/nesting-guard.js'
import type {Article, ArticleSource, Block, Format, Message, SourceMapEntry} from '../types.js'
import {articleId} from './article-id.js'
import {detectFormat} from './detect-format.js'
import {parseTextBlocks} from './parse-text.js'
import {parseMarkdownBlocks} from './parse-markdown.js'
import {markdownTooComplex} from './markdown-guard.js'
import {parseJsonArticle} from './parse-json.js'
import {extractHtml} from '../html/extract-html.js'
import {defineLazySentences} from './lazy-sentences.js'
import {notEnglish} from './english-check.js'

/** Metadata a caller knows about an article; it wins over what the input says. */
export interface ArticleMetadata {
  readonly outlet?: string | null
  readonly url?: string | null
  readonly title?: string | null
  readonly byline?: string | null
  /** ISO 8601 date or date-time. */
  readonly published?: string | null
  readonly language?: string | null
}

/** Options for `parseArticle`. */
export interface Options {
  /** Force a format instead of detecting it. Default: detected. */
  readonly format?: Format | null
  /** The file name, used to detect the format by extension. Default: none. */
  readonly fileName?: string | null
  /** Metadata that overrides what the input carries. Default: none. */
  readonly metadata?: ArticleMetadata | null
  /** Longest input accepted, in UTF-16 code units. Default: 20,000,000 (about 20 MB). */
  readonly maxLength?: number
}

/** The default `maxLength`: 20 million characters. */
export const defaultMaxLength = 20_000_000

/** What a format parser hands back: body text, blocks and the metadata it found. */
export interface ParsedBody {
  text: string
  blocks: Block[]
  sourceMap: SourceMapEntry[] | null
  metadata: {-readonly [Key in keyof ArticleMetadata]?: string | null} & {dateline?: string | null}
  messages: Message[]
}

/**
 * Parse a news article from text, Markdown, HTML or JSON into an `Article`.
 *
 * @param input The article as a string (decode bytes with `decodeText` first), or a
 *   page already parsed into a `Document` (as Readability takes it: from the browser's
 *   `DOMParser`, say), which is read as HTML and left unchanged.
 * @param options Format, file name, metadata and size limit.
 * @throws {TypeError} When `input` is neither a string nor a `Document`.
 * @throws {ArticleError} When the input is empty, binary, too large, HTML without an
 *   article, JSON that is not Article-shaped, or nested or repeated past what the
 *   parsers can hold (`too-complex`). Every input error is thrown here: the returned
 *   article's `sentences`, split on first read, reads blocks in bounded pieces and
 *   does not throw for it.
 */
export function parseArticle(input: string | Document, options: Options = {}): Article {
  if (isDocument(input)) return withinLimits(() => toArticle(extractHtml(input), 'html', options))
  if (typeof input !== 'string') {
    throw new TypeError(`Expected string, not ${input === null ? 'null' : typeof input}`)
  }
  const maxLength = options.maxLength ?? defaultMaxLength
  if (input.length > maxLength) {
    throw new ArticleError('too-large', `Expected at most ${maxLength.toLocaleString('en-US')} characters, found ${input.length.toLocaleString('en-US')}`)
  }
  if (input.trim() === '') throw new ArticleError('empty', 'Expected article text, found nothing but whitespace')
  assertText(input)

  const format = options.format ?? detectFormat(input, options.fileName)
  return withinLimits(() => toArticle(parseBody(input, format), format, options))
}

function toArticle(body: ParsedBody, format: Format, options: Options): Article {
  if (!body.blocks.some((block) => block.kind !== 'boilerplate')) {
    throw new ArticleError('no-article', `Expected article text, found no story text in this ${format === 'text' ? 'text' : format}`)
  }
  const given = options.metadata ?? {}
  const pick = (key: keyof ArticleMetadata) => nonEmpty(given[key]) ?? nonEmpty(body.metadata[key])
  const url = pick('url')
  const source: ArticleSource = {outlet: pick('outlet'), url, domain: domainOf(url)}
  const article = {
    id: articleId([format, url ?? '', body.text]),
    format,
    source,
    title: pick('title'),
    byline: pick('byline'),
    published: pick('published'),
    dateline: nonEmpty(body.metadata.dateline),
    language: pick('language'),
    text: body.text,
    blocks: body.blocks
  } as Omit<Article, 'sentences'>
  // Split on first read (then kept): quotes and entities tokenise blocks their own way
  // and never read sentences. Defined here so the key keeps its place after `blocks`.
  defineLazySentences(article)
  article.sourceMap = body.sourceMap
  article.messages = body.messages
  // Unless declared English: say when the text is not, since everything downstream reads English.
  const foreign = /^en\b/i.test(article.language ?? '') ? null : notEnglish(body.text)
  if (foreign) article.messages.push(foreign)
  return article
}

/** A DOM `Document` of any implementation (the browser's, linkedom's, jsdom's). */
function isDocument(input: unknown): input is Document {
  return typeof input === 'object' && input !== null && (input as {nodeType?: unknown}).nodeType === 9
}

function parseBody(input: string, format: Format): ParsedBody {
  switch (format) {
    case 'text': return parseTextBlocks(input)
    case 'markdown': {
      const tooComplex = markdownTooComplex(input)
      if (!tooComplex) return parseMarkdownBlocks(input)
      const body = parseTextBlocks(input)
      body.messages.unshift({reason: `Expected Markdown a parser can read in linear time, found ${tooComplex}; read as plain text`, ruleId: 'markdown-too-complex', source: 'corroborate', place: null})
      return body
    }
    case 'html': {
      // A page nested past what the HTML parser takes in linear time keeps its text, not its deepest tags.
      const {html, blanked} = flattenDeepNesting(input)
      const body = extractHtml(html)
      if (blanked > 0) body.messages.unshift({reason: `Expected HTML nested at most ${maxDepth} elements deep, found deeper; ${blanked} tags past that depth were read as plain text`, ruleId: 'html-too-deep', source: 'corroborate', place: null})
      return body
    }
    case 'json': return parseJsonArticle(input)
    default: throw new TypeError(`Expected format text, markdown, html or json, not ${String(format)}`)
  }
}

/** Binary content: NUL bytes, or many C0 control characters, in the first 8 KB. */
function assertText(input: string): void {
  const head = input.slice(0, 8192)
  let controls = 0
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i)
    if (c === 0) throw new ArticleError('binary', 'Expected text, found binary data (a NUL byte)')
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++
  }
  if (controls > 8 && controls > head.length / 100) {
    throw new ArticleError('binary', `Expected text, found binary data (${controls} control characters in the first ${head.length} characters)`)
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

function domainOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}
