import {AnalysisRunner, type AnalysisResult, type Progress} from './analysis-runner.js'
import {byId} from './dom.js'
import {saveReview, tryDownloadReport} from './export-report.js'
import {Outlets} from './outlets.js'
import {wireInputs} from './page-inputs.js'
import {Review} from './review.js'
import {toolbar} from './toolbar.js'
import type {ArticleFailure, ArticleInput, WorkerResponse} from './protocol.js'
import {readFiles} from './read-files.js'
import {emptyReport, reportTabs, reportView, type ViewId} from './report-views.js'
import {sourceItems} from './sources-list.js'
import {sampleStory} from './sample-story.js'
import {renamed, splitRead, withAdded, without} from './story-inputs.js'
import {pageTimes, renderStatus} from './status-line.js'
import {createTabs} from './tabs.js'
import {bringTargetsIntoSight} from './views/articles-view.js'
import type {Filter, Target, ViewContext} from './widgets.js'

/** The page: the story's articles, the analysis in a worker, and the views over its result. */
export class App {
  inputs: ArticleInput[] = []
  /** Files that could not even be read as text. */
  unread: ArticleFailure[] = []
  result: AnalysisResult | null = null
  progress: Progress | null = null
  view: ViewId = 'differs'
  target: Target | null = null
  filter: Filter = {outlet: null, speaker: null, section: null}
  readonly review = new Review()
  #analysed = false
  readonly #runner: AnalysisRunner
  readonly #tabs: {select: (id: ViewId) => void}
  readonly #panel = byId('panel')
  readonly #list = byId<HTMLUListElement>('article-list')

  /** `startWorker` makes a fresh analysis worker: cancelling ends the running one and starts another. */
  constructor(startWorker: () => Worker) {
    this.#runner = new AnalysisRunner(startWorker, {
      onProgress: (progress) => {
        this.progress = progress
        this.#renderStatus()
      },
      onResult: (message) => this.#onResult(message),
      onError: (message) => this.#fail(message)
    })
    this.review.onChange(() => this.#renderTools())
    this.#tabs = createTabs(byId('tabs'), this.#panel, reportTabs, (id) => this.show(id))
    this.#tabs.select(this.view)
    this.#wireInputs()
    this.#renderStatus()
  }

  /** Replace the story's articles and analyse them. */
  setArticles(inputs: ArticleInput[]): void {
    this.inputs = inputs
    this.unread = []
    this.target = null
    this.#analyse()
  }

  /** Stop the running analysis: the worker is ended mid-article and a fresh one waits. */
  cancel(): void {
    if (!this.progress) return
    this.#runner.restart()
    this.#runner.forget()
    this.progress = null
    this.#renderStatus(this.result ? undefined : 'Analysis cancelled.')
    if (this.result) byId('status-text').textContent = `Analysis cancelled; showing the previous result. ${byId('status-text').textContent ?? ''}`
  }

  show(view: ViewId, target: Target | null = null): void {
    this.view = view
    this.target = target
    this.#tabs.select(view)
    this.#renderPanel()
  }

  #analyse(): void {
    this.#runner.forget()
    this.#renderSources()
    if (this.inputs.length === 0) {
      this.result = null
      this.progress = null
      this.#render()
      return
    }
    // A new input ends an analysis still running: it may be deep in one long article.
    if (this.progress) this.#runner.restart()
    this.progress = {done: 0, total: this.inputs.length + 1, file: null}
    this.#renderStatus()
    this.#runner.analyse(this.inputs)
  }

  #onResult(message: Extract<WorkerResponse, {type: 'result'}>): void {
    this.result = {story: message.story, articles: message.articles, failures: message.failures, ms: message.ms}
    this.progress = null
    this.#render()
    // The first view is on the page: the mark npm run web:size reads, with the worker's stages on the page's clock.
    if (!this.#analysed) performance.mark('corroborate:analysed', {detail: pageTimes(message.stages)})
    this.#analysed = true
  }

  #fail(message: string): void {
    this.progress = null
    this.#renderStatus(`The analysis failed: ${message}`)
  }

  #render(): void {
    this.#renderSources()
    this.#renderStatus()
    this.#renderTools()
    this.#renderPanel()
  }

  /** The filters and the review list's export, above the views. */
  #renderTools(): void {
    const tools = byId('tools')
    const result = this.result
    if (!result || result.articles.length === 0) {
      tools.replaceChildren()
      return
    }
    tools.replaceChildren(toolbar({
      outlets: new Outlets(result.articles),
      story: result.story,
      filter: this.filter,
      marked: this.review.entries().length,
      onFilter: (filter) => {
        this.filter = filter
        this.#renderPanel()
      },
      onExport: (format) => saveReview(this.review.entries(), format)
    }))
  }

  #renderStatus(error?: string): void {
    renderStatus({progress: this.progress, result: this.result, unread: this.unread.length, hasInputs: this.inputs.length > 0, error})
  }

  #renderPanel(): void {
    const result = this.result
    if (!result || result.articles.length === 0) {
      this.#panel.replaceChildren(emptyReport(this.inputs.length > 0))
      return
    }
    const context: ViewContext = {
      story: result.story,
      articles: result.articles,
      outlets: new Outlets(result.articles),
      review: this.review,
      filter: this.filter,
      jump: (target) => this.#jump(target)
    }
    this.#panel.replaceChildren(reportView(this.view, context, this.target))
  }

  /** Show a place in its article: switch to the articles view and bring the marked text into sight. */
  #jump(target: Target): void {
    this.show('articles', target)
    bringTargetsIntoSight(this.#panel, target, byId('status'))
  }

  #renderSources(): void {
    const focused = document.activeElement instanceof HTMLElement && this.#list.contains(document.activeElement) ? document.activeElement.dataset.key : undefined
    this.#list.replaceChildren(...sourceItems({
      inputs: this.inputs,
      unread: this.unread,
      result: this.result,
      onRename: (file, outlet) => this.#setInputs(renamed(this.inputs, file, outlet)),
      onRemove: (file) => this.#setInputs(without(this.inputs, file)),
      onDismiss: (failure) => {
        this.unread = this.unread.filter((item) => item !== failure)
        this.#render()
      }
    }))
    if (focused) this.#list.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus()
  }

  #setInputs(inputs: ArticleInput[]): void {
    this.inputs = inputs
    this.#analyse()
  }

  async #addFiles(files: FileList | null): Promise<void> {
    if (!files || files.length === 0) return
    const {inputs, unread} = splitRead(await readFiles(files))
    this.unread = [...this.unread, ...unread]
    this.#setInputs(withAdded(this.inputs, inputs))
  }

  #wireInputs(): void {
    wireInputs({
      addFiles: (files) => this.#addFiles(files),
      add: (inputs) => this.#setInputs(withAdded(this.inputs, inputs)),
      cancel: () => this.cancel(),
      newStory: () => this.setArticles([]),
      sampleStory: () => this.setArticles(sampleStory()),
      exportReport: (format) => {
        const failed = this.result ? tryDownloadReport(format, this.result.story, this.result.articles) : null
        if (failed) byId('status-text').textContent = failed
      }
    })
  }
}
