import {withHtmlParsed} from './html-inputs.js'
import type {Story} from '@corroborate/core'
import type {AnalysedArticle, ArticleFailure, ArticleInput, WorkerRequest, WorkerResponse} from './protocol.js'

/** An analysis's outcome as the views use it. */
export interface AnalysisResult {
  story: Story
  articles: AnalysedArticle[]
  failures: ArticleFailure[]
  /** How long the worker took, in milliseconds. */
  ms: number
}

/** How far the running analysis is: `done` of `total` steps (each article, then the comparison). */
export interface Progress {
  done: number
  total: number
  /** The article being read; null while the articles are compared. */
  file: string | null
}

/** What the runner tells the page; only ever about its latest request. */
export interface AnalysisEvents {
  onProgress: (progress: Progress) => void
  onResult: (result: Extract<WorkerResponse, {type: 'result'}>) => void
  onError: (message: string) => void
}

/**
 * The analysis worker as the page drives it: one request at a time, numbered, so that
 * a newer request or a cancel makes the messages of the one before stale. HTML pages
 * are read on the page's thread first (html-inputs.ts).
 */
export class AnalysisRunner {
  #request = 0
  #worker: Worker
  readonly #startWorker: () => Worker
  readonly #events: AnalysisEvents

  /** `startWorker` makes a fresh analysis worker: a cancel ends the running one and starts another. */
  constructor(startWorker: () => Worker, events: AnalysisEvents) {
    this.#startWorker = startWorker
    this.#events = events
    this.#worker = this.#listen(startWorker())
  }

  /** Make whatever runs stale: its messages are ignored from now on. */
  forget(): void {
    this.#request++
  }

  /** Analyse `inputs` as the latest request (call `forget` first, `restart` when the worker is busy). */
  analyse(inputs: readonly ArticleInput[]): void {
    const id = this.#request
    withHtmlParsed(inputs).then((articles) => {
      // A newer request or a cancel came while the pages were read.
      if (id === this.#request) this.#worker.postMessage({type: 'analyze', id, articles} satisfies WorkerRequest)
    }, (error: unknown) => {
      if (id === this.#request) this.#events.onError(error instanceof Error ? error.message : String(error))
    })
  }

  /** End the worker mid-article and start a fresh one: it may be deep in one long article. */
  restart(): void {
    this.#worker.terminate()
    this.#worker = this.#listen(this.#startWorker())
  }

  #listen(worker: Worker): Worker {
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.#onMessage(event.data))
    worker.addEventListener('error', (event) => this.#events.onError(event.message || 'the analysis worker could not start'))
    return worker
  }

  #onMessage(message: WorkerResponse): void {
    if (message.type === 'started' || message.id !== this.#request) return
    if (message.type === 'progress') this.#events.onProgress({done: message.done, total: message.total, file: message.file})
    else if (message.type === 'result') this.#events.onResult(message)
    else this.#events.onError(message.message)
  }
}
