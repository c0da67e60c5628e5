import {byId, h, plural} from './dom.js'
import {downloadReport, saveFile, type ExportFormat} from './export-report.js'
import {Outlets} from './outlets.js'
import {Review} from './review.js'
import {reviewToCsv, reviewToJson} from './review-export.js'
import {toolbar} from './toolbar.js'
import type {AnalysedArticle, ArticleFailure, ArticleInput, Stages, WorkerRequest, WorkerResponse} from './protocol.js'
import {readFiles, uniqueName} from './read-files.js'
import {withHtmlParsed} from './html-inputs.js'
import {sourceItems} from './sources-list.js'
import {sampleStory} from './sample-story.js'
import {createTabs, type Tab} from './tabs.js'
import {articlesView, bringTargetsIntoSight} from './views/articles-view.js'
import {differsView} from './views/differs-view.js'
import {factsView} from './views/facts-view.js'
import {namesView} from './views/names-view.js'
import {numbersView} from './views/numbers-view.js'
import {quotesView} from './views/quotes-view.js'
import {timelineView} from './views/timeline-view.js'
import type {Filter, Target, ViewContext} from './widgets.js'
import type {Format, Story} from '@corroborate/core'

/** The worker's stages as times on the page's performance timeline. */
function pageTimes(stages: Stages): Stages {
  const at = (time: number) => time - performance.timeOrigin
  return {loaded: at(stages.loaded), received: at(stages.received), read: at(stages.read), compared: at(stages.compared)}
}

type ViewId = 'differs' | 'quotes' | 'facts' | 'numbers' | 'timeline' | 'names' | 'articles'

const tabs: ReadonlyArray<Tab<ViewId>> = [
  {id: 'differs', label: 'What differs'},
  {id: 'facts', label: 'Facts'},
  {id: 'quotes', label: 'Who said what'},
  {id: 'numbers', label: 'Numbers'},
  {id: 'timeline', label: 'Timeline'},
  {id: 'names', label: 'Names & framing'},
  {id: 'articles', label: 'Articles'}
]

interface Result {
  story: Story
  articles: AnalysedArticle[]
  failures: ArticleFailure[]
  ms: number
}

/** The page: the story's articles, the analysis in a worker, and the views over its result. */
export class App {
  inputs: ArticleInput[] = []
  /** Files that could not even be read as text. */
  unread: ArticleFailure[] = []
  result: Result | null = null
  progress: {done: number, total: number, file: string | null} | null = null
  view: ViewId = 'differs'
  target: Target | null = null
  filter: Filter = {outlet: null, speaker: null, section: null}
  readonly review = new Review()
  #request = 0
  #analysed = false
  #worker: Worker
  readonly #startWorker: () => Worker
  readonly #tabs: {select: (id: ViewId) => void}
  readonly #panel = byId('panel')
  readonly #report = byId('report')
  readonly #list = byId<HTMLUListElement>('article-list')

  /** `startWorker` makes a fresh analysis worker: cancelling ends the running one and starts another. */
  constructor(startWorker: () => Worker) {
    this.#startWorker = startWorker
    this.#worker = this.#listen(startWorker())
    this.review.onChange(() => this.#renderTools())
    this.#tabs = createTabs(byId('tabs'), this.#panel, tabs, (id) => this.show(id))
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
    this.#restartWorker()
    this.#request++
    this.progress = null
    this.#renderStatus(this.result ? undefined : 'Analysis cancelled.')
    if (this.result) byId('status-text').textContent = `Analysis cancelled; showing the previous result. ${byId('status-text').textContent ?? ''}`
  }

  #listen(worker: Worker): Worker {
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.#onMessage(event.data))
    worker.addEventListener('error', (event) => this.#fail(event.message || 'the analysis worker could not start'))
    return worker
  }

  #restartWorker(): void {
    this.#worker.terminate()
    this.#worker = this.#listen(this.#startWorker())
  }

  show(view: ViewId, target: Target | null = null): void {
    this.view = view
    this.target = target
    this.#tabs.select(view)
    this.#renderPanel()
  }

  #analyse(): void {
    const id = ++this.#request
    this.#renderSources()
    if (this.inputs.length === 0) {
      this.result = null
      this.progress = null
      this.#render()
      return
    }
    // A new input ends an analysis still running: it may be deep in one long article.
    if (this.progress) this.#restartWorker()
    this.progress = {done: 0, total: this.inputs.length + 1, file: null}
    this.#renderStatus()
    withHtmlParsed(this.inputs).then((articles) => {
      // A newer request or a cancel came while the pages were read.
      if (id === this.#request) this.#worker.postMessage({type: 'analyze', id, articles} satisfies WorkerRequest)
    }, (error: unknown) => {
      if (id === this.#request) this.#fail(error instanceof Error ? error.message : String(error))
    })
  }

  #onMessage(message: WorkerResponse): void {
    if (message.id !== this.#request) return
    if (message.type === 'progress') {
      this.progress = {done: message.done, total: message.total, file: message.file}
      this.#renderStatus()
    } else if (message.type === 'result') {
      this.result = {story: message.story, articles: message.articles, failures: message.failures, ms: message.ms}
      this.progress = null
      this.#render()
      // The first view is on the page: the mark npm run web:size reads, with the worker's stages on the page's clock.
      if (!this.#analysed) performance.mark('corroborate:analysed', {detail: pageTimes(message.stages)})
      this.#analysed = true
    } else this.#fail(message.message)
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
      onExport: (format) => this.#exportReview(format)
    }))
  }

  #exportReview(format: 'csv' | 'json'): void {
    const entries = this.review.entries()
    if (format === 'csv') saveFile('corroborate-review.csv', 'text/csv', reviewToCsv(entries))
    else saveFile('corroborate-review.json', 'application/json', reviewToJson(entries))
  }

  #renderStatus(error?: string): void {
    const progress = byId<HTMLProgressElement>('progress')
    const text = byId('status-text')
    const busy = this.progress !== null
    this.#report.dataset.state = error ? 'error' : busy ? 'busy' : this.result ? 'ready' : 'empty'
    this.#panel.setAttribute('aria-busy', String(busy))
    progress.hidden = !busy
    byId('cancel').hidden = !busy
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) button.disabled = busy || !this.result
    if (error) text.textContent = error
    else if (this.progress) {
      const {done, total, file} = this.progress
      progress.max = total
      progress.value = done
      text.textContent = file ? `Analysing ${done + 1} of ${total - 1}: ${file}` : `Comparing ${plural(total - 1, 'article')}…`
    } else if (this.result) {
      const {story, failures, ms} = this.result
      const unread = failures.length + this.unread.length
      text.textContent = [
        `${plural(story.articles.length, 'article')} analysed in ${(ms / 1000).toFixed(1)} s`,
        plural(story.quoteGroups.length, 'shared quote'),
        plural(story.claimGroups.length, 'shared fact'),
        plural(story.conflicts.length, 'conflict'),
        unread > 0 ? `${plural(unread, 'file')} could not be read` : ''
      ].filter(Boolean).join(' · ')
    } else text.textContent = this.inputs.length === 0 ? 'No articles yet: drop files or paste an article.' : 'Loading…'
  }

  #renderPanel(): void {
    const result = this.result
    if (!result || result.articles.length === 0) {
      this.#panel.replaceChildren(h('div', {class: 'empty'},
        h('p', null, this.inputs.length === 0 ? 'Start a story: drop two or more articles on the same event, or paste them one by one.' : 'None of the articles could be read.'),
        h('p', {class: 'note'}, 'Or open the sample story: five articles on one event.')))
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
    const views: Record<ViewId, () => Node> = {
      differs: () => differsView(context),
      quotes: () => quotesView(context),
      facts: () => factsView(context),
      numbers: () => numbersView(context),
      timeline: () => timelineView(context),
      names: () => namesView(context),
      articles: () => articlesView(context, this.target)
    }
    this.#panel.replaceChildren(views[this.view]())
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
      onRename: (file, outlet) => this.#rename(file, outlet),
      onRemove: (file) => this.#remove(file),
      onDismiss: (failure) => {
        this.unread = this.unread.filter((item) => item !== failure)
        this.#render()
      }
    }))
    if (focused) this.#list.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus()
  }

  #rename(file: string, outlet: string): void {
    this.inputs = this.inputs.map((input) => (input.file === file ? {...input, outlet: outlet.trim() || null} : input))
    this.#analyse()
  }

  #remove(file: string): void {
    this.inputs = this.inputs.filter((input) => input.file !== file)
    this.#analyse()
  }

  #add(inputs: readonly ArticleInput[]): void {
    const taken = new Set(this.inputs.map((input) => input.file))
    for (const input of inputs) {
      const file = uniqueName(input.file, taken)
      taken.add(file)
      this.inputs = [...this.inputs, {...input, file}]
    }
    this.#analyse()
  }

  async #addFiles(files: FileList | null): Promise<void> {
    if (!files || files.length === 0) return
    const read = await readFiles(files)
    this.unread = [...this.unread, ...read.filter((item): item is ArticleFailure => 'message' in item)]
    this.#add(read.filter((item): item is ArticleInput => 'text' in item))
  }

  #wireInputs(): void {
    const fileInput = byId<HTMLInputElement>('file-input')
    fileInput.addEventListener('change', () => {
      void this.#addFiles(fileInput.files).then(() => (fileInput.value = ''))
    })
    const zone = byId('drop-zone')
    // Files dropped anywhere on the page join the story; the browser never opens them.
    window.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return
      event.preventDefault()
      zone.classList.add('dragging')
    })
    window.addEventListener('dragleave', (event) => {
      if (event.relatedTarget === null) zone.classList.remove('dragging')
    })
    window.addEventListener('drop', (event) => {
      zone.classList.remove('dragging')
      if (!event.dataTransfer?.types.includes('Files')) return
      event.preventDefault()
      void this.#addFiles(event.dataTransfer.files)
    })

    const form = byId<HTMLFormElement>('paste-form')
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const text = byId<HTMLTextAreaElement>('paste-text')
      const outlet = byId<HTMLInputElement>('paste-outlet')
      const format = byId<HTMLSelectElement>('paste-format')
      if (text.value.trim() === '') return
      const name = outlet.value.trim() ? `${outlet.value.trim()} (pasted)` : 'pasted article'
      this.#add([{file: name, text: text.value, outlet: outlet.value.trim() || null, format: (format.value || null) as Format | null}])
      text.value = ''
      outlet.value = ''
    })

    byId('cancel').addEventListener('click', () => this.cancel())
    byId('new-story').addEventListener('click', () => this.setArticles([]))
    byId('sample-story').addEventListener('click', () => this.setArticles(sampleStory()))
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => {
        if (!this.result) return
        try {
          downloadReport(button.dataset.export as ExportFormat, this.result.story, this.result.articles)
        } catch (error) {
          byId('status-text').textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`
        }
      })
    }
  }
}

