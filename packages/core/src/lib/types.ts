/**
 * The article model. Every span is a pair of offsets into `Article.text` (UTF-16
 * code units, end exclusive, as unist positions): `text.slice(start, end)` gives it
 * back.
 */

/** A span of text: `text.slice(start, end)`. */
export interface Span {
  start: number
  end: number
}

/** Input formats `parseArticle` reads. */
export type Format =
  /** Plain text as pasted from a page: one paragraph a line or blank-line separated. */
  | 'text'
  /** Markdown (CommonMark + GFM), with optional YAML front matter. */
  | 'markdown'
  /** A saved web page; the article body is extracted from the page chrome. */
  | 'html'
  /** An Article-shaped JSON object (at least `text`). */
  | 'json'

/** Kinds of block in an article body. */
export type BlockKind =
  /** Story text. */
  | 'paragraph'
  /** A section heading; depth 1 is the article's own title. */
  | 'heading'
  /** A bullet or numbered item (key-points boxes included, with `summary: true`). */
  | 'list-item'
  /** Text quoted as a block (Markdown `>` or HTML `<blockquote>`). */
  | 'blockquote'
  /** An embedded post (on X, Truth Social, Instagram…); `author` says whose. */
  | 'embed'
  /** Not story text: `reason` says why. Never split into sentences. */
  | 'boilerplate'

/** Why a block is boilerplate. */
export type BoilerplateReason =
  /** "Editor's note: this story is being updated." */
  | 'editor-note'
  /** "Also Read: …", "READ MORE: …", "Related: …": links to other articles. */
  | 'related-link'
  /** "Based On ANI Report", "(Reuters)", "With inputs from agencies". */
  | 'wire-credit'
  /** The header of a key-points / highlights box (its bullets stay list items). */
  | 'key-points'
  /** "By Jane Doe": who wrote the article. */
  | 'byline'
  /** "— Name (@handle) Month D, YYYY", the signature under an embedded post. */
  | 'embed-signature'
  /** A photo or video caption or credit. */
  | 'caption'
  /** Page furniture: share bars, newsletter sign-ups, cookie notes, adverts. */
  | 'chrome'
  /** An inline `date YYYY-MM-DD` mark giving the published date. */
  | 'date-mark'
  /** A dateline ("WASHINGTON:") at the start of the first paragraph. */
  | 'dateline'

/** One block of the body. `text` is `article.text.slice(start, end)`. */
export interface Block extends Span {
  kind: BlockKind
  text: string
  /** Heading level, 1–6 (headings only). */
  depth?: number
  /** Why this block is boilerplate (boilerplate only). */
  reason?: BoilerplateReason
  /** A list item inside a key-points / highlights summary box. */
  summary?: boolean
  /** Who posted an embed, as its signature names them ("Rosaline Larkins"). */
  author?: string
  /** An embed's handle without the "@" ("PressSec"). */
  handle?: string
}

/** A word (an nlcst WordNode): letters, digits, and joined forms such as "U.S." or "don't". */
export interface Word extends Span {
  text: string
}

/** A sentence of story text (never of a boilerplate block). */
export interface Sentence extends Span {
  text: string
  /** Index into `article.blocks` of the block holding it. */
  block: number
  words: Word[]
}

/** Where a stretch of body text came from in the source document (HTML, Markdown). */
export interface SourceMapEntry extends Span {
  /** A CSS selector path to the source element (HTML) or `line:column` (Markdown). */
  path: string
  /** The element's tag name (HTML) or the mdast node type (Markdown). */
  node: string
  /** Offsets into the source document, where known (Markdown). */
  source?: Span
}

/** Who published the article. */
export interface ArticleSource {
  /** The outlet's name ("The Kyiv Independent"), from metadata or the caller. */
  outlet: string | null
  /** The canonical URL. */
  url: string | null
  /** The URL's host without "www." ("kyivindependent.com"). */
  domain: string | null
}

/** A note about odd content: never an exception. */
export interface Message {
  /** Sentence-case text saying what was expected and what was found. */
  reason: string
  /** A stable id for the rule that fired (`quote-unclosed`, `html-no-article`…). */
  ruleId: string
  /** Always `corroborate`. */
  source: 'corroborate'
  /** Where in `article.text`, when it has a place. */
  place: Span | null
}

/** A news article, parsed. */
export interface Article {
  /** Stable id: a hash of the format, source and body text ("a1b2c3d4e5f6a7b8"). */
  id: string
  format: Format
  source: ArticleSource
  title: string | null
  byline: string | null
  /** Published date as ISO 8601 (`YYYY-MM-DD` or a full date-time). */
  published: string | null
  /** The dateline place ("WASHINGTON"), as written. */
  dateline: string | null
  /** BCP 47 language tag when the input says ("en", "en-US"). */
  language: string | null
  /**
   * The body text every span points into. For text and JSON input it is the input
   * exactly as given; for HTML and Markdown it is the extracted text (blocks joined
   * by blank lines), with `sourceMap` leading back to the source.
   */
  text: string
  blocks: Block[]
  /**
   * Sentences of every block except boilerplate, in order. From `parseArticle`: split
   * from `text` and `blocks` the first time it is read, then kept; an enumerable key
   * that JSON, spreads and structured clones carry as a plain array. Reading it does
   * not throw for an article `parseArticle` returned (an engine limit there would be
   * an `ArticleError` `too-complex`, never a `RangeError`).
   */
  sentences: Sentence[]
  /** HTML and Markdown: which source element each stretch of `text` came from. */
  sourceMap: SourceMapEntry[] | null
  messages: Message[]
}
