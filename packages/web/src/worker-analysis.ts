/// <reference lib="webworker" />
import {compareArticles, detectFormat, fileStem, findClaims, findEntities, findQuotes, parseArticle, type StoryInput} from '@corroborate/core'
import {loadMarkdownParser} from 'virtual:corroborate-parsers'
import type {AnalysedArticle, ArticleFailure, WorkerInput, WorkerRequest, WorkerResponse} from './protocol.js'

// The analysis, off the page's thread: the same steps as the CLI's `report` (parse,
// entities, quotes, claims when dated, then the comparison). The worker's first module
// (analyze.worker.ts) loads this chunk and hands it every request.

type Record = StoryInput & {file: string}
interface Done {record: Record, view: AnalysedArticle}

const scope = self as unknown as DedicatedWorkerGlobalScope
/** Now, in milliseconds since the epoch: comparable with the page's clock. */
const now = () => performance.timeOrigin + performance.now()
const loaded = now()
/** Analysed articles by their input, so adding one article re-analyses only that one. */
const cache = new Map<string, Done | ArticleFailure>()
let latest = 0

/** Take a request from the page: an analysis to run, or a cancel. */
export function handleRequest(request: WorkerRequest): void {
  latest = request.id
  // A cancel only moves `latest` on: the running analysis stops at its next article.
  if (request.type !== 'analyze') return
  void run(request).catch((error: unknown) => post({type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error)}))
}

function post(message: WorkerResponse): void {
  scope.postMessage(message)
}

async function run(request: Extract<WorkerRequest, {type: 'analyze'}>): Promise<void> {
  const started = performance.now()
  const received = now()
  const {id, articles} = request
  const total = articles.length + 1
  const records: Record[] = []
  const views: AnalysedArticle[] = []
  const failures: ArticleFailure[] = []
  for (const [index, input] of articles.entries()) {
    post({type: 'progress', id, done: index, total, file: input.file})
    // Let a newer request in between articles: a stale run stops here.
    if (!cache.has(key(input))) await yieldToMessages()
    // The Markdown reader is a chunk of its own: a story of plain text never loads it.
    if (!input.parsed && (input.format ?? detectFormat(input.text, input.file)) === 'markdown') await loadMarkdownParser()
    if (id !== latest) return
    const done = analyse(input)
    if ('record' in done) {
      records.push(done.record)
      views.push(done.view)
    } else failures.push(done)
  }
  const read = now()
  post({type: 'progress', id, done: articles.length, total, file: null})
  await yieldToMessages()
  if (id !== latest) return
  const story = compareArticles(records)
  const stages = {loaded, received, read, compared: now()}
  post({type: 'result', id, story, articles: views, failures, ms: performance.now() - started, stages})
}

function analyse(input: WorkerInput): Done | ArticleFailure {
  const cacheKey = key(input)
  const cached = cache.get(cacheKey)
  if (cached) return cached
  let done: Done | ArticleFailure
  try {
    // The outlet the person named, then the manifest's metadata (its date included), then the article's own.
    const metadata = {...input.metadata, ...(input.outlet ? {outlet: input.outlet} : {})}
    // HTML comes parsed from the page's thread: a worker has no HTML parser.
    if (input.parsed && 'error' in input.parsed) throw new Error(input.parsed.error)
    const article = input.parsed?.article ?? parseArticle(input.text, {format: input.format, fileName: input.file, metadata})
    // As the CLI: the file name is the outlet's last resort.
    if (!article.source.outlet) article.source.outlet = article.source.domain ?? fileStem(input.file)
    const entities = findEntities(article)
    // As the CLI's report: nested quotes found, and the entities just found passed on (not found a second time).
    const quotes = findQuotes(article, {nested: true, entities})
    // An undated article's claims wait for the story's date, which compareArticles knows.
    const record: Record = {file: input.file, article, entities, quotes, ...(article.published ? {claims: findClaims(article, {quotes, entities})} : {})}
    const view: AnalysedArticle = {
      file: input.file,
      outlet: article.source.outlet,
      title: article.title,
      url: article.source.url,
      published: article.published,
      format: article.format,
      text: article.text,
      blocks: article.blocks.map(({kind, start, end, depth, reason}) => ({kind, start, end, depth, reason})),
      quotes: quotes.map((quote) => ({
        start: quote.start,
        end: quote.end,
        speaker: quote.speaker?.name ?? null,
        mention: quote.speaker?.mention ? {start: quote.speaker.mention.start, end: quote.speaker.mention.end} : null
      }))
    }
    done = {record, view}
  } catch (error) {
    done = {file: input.file, message: error instanceof Error ? error.message : String(error)}
  }
  cache.set(cacheKey, done)
  return done
}

function key(input: WorkerInput): string {
  return [input.file, input.outlet ?? '', input.format ?? '', JSON.stringify(input.metadata ?? null), input.text].join('\u0000')
}

function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
