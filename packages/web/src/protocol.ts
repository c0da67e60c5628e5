import type {Article, ArticleMetadata, Block, Format, Story} from '@corroborate/core'

/** An article as the person gave it: a dropped file, a paste, or the start-up list. */
export interface ArticleInput {
  /** The name the story reports it by; unique within the story. */
  file: string
  text: string
  /** The outlet the person named; null lets the article's metadata (or its file name) say. */
  outlet: string | null
  /** A forced format; null detects it from the file name and the content. */
  format: Format | null
  /** What a story manifest says of the article (date, outlet, URL, title): it wins over the article's own. */
  metadata?: ArticleMetadata | null
}

/** An HTML input read on the page's thread (see html-inputs.ts): its article, or why it could not be read. */
export type ParsedInput = {article: Article} | {error: string}

/** An input as the worker takes it: HTML comes parsed, since a worker has no HTML parser. */
export interface WorkerInput extends ArticleInput {
  parsed?: ParsedInput
}

/** A quote as the article view highlights it. Offsets into `AnalysedArticle.text`. */
export interface QuoteMark {
  start: number
  end: number
  speaker: string | null
  /** The words naming the speaker in the attributing clause, when any. */
  mention: {start: number, end: number} | null
}

/** What the article view needs of one analysed article. */
export interface AnalysedArticle {
  file: string
  outlet: string
  title: string | null
  /** The article's canonical URL, when its metadata gives one. */
  url: string | null
  published: string | null
  format: Format
  /** The text every span of the story points into (extracted text for HTML and Markdown). */
  text: string
  blocks: Array<Pick<Block, 'kind' | 'start' | 'end' | 'depth' | 'reason'>>
  quotes: QuoteMark[]
}

/** An article that could not be read, and why. */
export interface ArticleFailure {
  file: string
  message: string
}

/**
 * When the worker reached each stage of an analysis, in milliseconds since the epoch
 * (`performance.timeOrigin + performance.now()`, comparable across threads): what the
 * time to the first view is made of.
 */
export interface Stages {
  /** The worker's code was downloaded, compiled and evaluated. */
  loaded: number
  /** The request arrived. */
  received: number
  /** Every article was read (parsed, entities, quotes, dated claims). */
  read: number
  /** The articles were compared. */
  compared: number
}

export type WorkerRequest = {type: 'analyze', id: number, articles: WorkerInput[]} | {type: 'cancel', id: number}

export type WorkerResponse =
  /** The worker's first module runs (analyze.worker.ts): it posts this before it loads the analysis. */
  | {type: 'started'}
  | {type: 'progress', id: number, done: number, total: number, file: string | null}
  | {type: 'result', id: number, story: Story, articles: AnalysedArticle[], failures: ArticleFailure[], ms: number, stages: Stages}
  | {type: 'error', id: number, message: string}
