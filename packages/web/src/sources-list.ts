import {h, plural} from './dom.js'
import {Outlets} from './outlets.js'
import type {AnalysedArticle, ArticleFailure, ArticleInput} from './protocol.js'
import type {Story} from '@corroborate/core'

export interface SourcesOptions {
  inputs: readonly ArticleInput[]
  /** Files that could not even be read as text. */
  unread: readonly ArticleFailure[]
  result: {story: Story, articles: AnalysedArticle[], failures: ArticleFailure[]} | null
  onRename: (file: string, outlet: string) => void
  onRemove: (file: string) => void
  onDismiss: (failure: ArticleFailure) => void
}

/** The story's articles as list items: the outlet's name (editable), title, counts or the error. */
export function sourceItems({inputs, unread, result, onRename, onRemove, onDismiss}: SourcesOptions): HTMLLIElement[] {
  const analysed = new Map((result?.articles ?? []).map((article) => [article.file, article]))
  const counts = new Map((result?.story.articles ?? []).map((article) => [article.file, article]))
  const failed = new Map([...(result?.failures ?? []), ...unread].map((failure) => [failure.file, failure.message]))
  const outlets = new Outlets(result?.articles ?? [])
  const items = inputs.map((input, index) => {
    const article = analysed.get(input.file)
    const summary = counts.get(input.file)
    const error = failed.get(input.file)
    const inputId = `outlet-${index}`
    return h('li', {class: `article-item${error ? ' failed' : ''}`},
      h('span', {class: `swatch-dot ${article ? outlets.colour(input.file) : 'ox'}`, 'aria-hidden': 'true'}),
      h('div', {class: 'article-info'},
        h('label', {class: 'visually-hidden', for: inputId}, `Outlet of ${baseName(input.file)}`),
        h('input', {
          id: inputId, class: 'outlet-input', type: 'text', 'data-key': `outlet:${input.file}`,
          value: input.outlet ?? (article ? outlets.label(input.file) : ''), placeholder: 'Name the outlet',
          onchange: (event) => onRename(input.file, (event.target as HTMLInputElement).value)
        }),
        article?.title ? h('p', {class: 'article-title'}, article.title) : null,
        h('p', {class: 'card-meta'}, error ? h('span', {class: 'error'}, error)
          : summary ? `${baseName(input.file)} · ${plural(summary.quotes, 'quote')} · ${plural(summary.claims, 'claim')}` : baseName(input.file))),
      h('button', {type: 'button', class: 'remove', 'data-key': `remove:${input.file}`, 'aria-label': `Remove ${baseName(input.file)}`, title: 'Remove from the story', onclick: () => onRemove(input.file)}, '×'))
  })
  const unreadItems = unread.map((failure) => h('li', {class: 'article-item failed'},
    h('span', {class: 'swatch-dot ox', 'aria-hidden': 'true'}),
    h('div', {class: 'article-info'}, h('p', {class: 'article-title'}, failure.file), h('p', {class: 'card-meta'}, h('span', {class: 'error'}, `Not read: ${failure.message}`))),
    h('button', {type: 'button', class: 'remove', 'aria-label': `Dismiss ${failure.file}`, onclick: () => onDismiss(failure)}, '×')))
  return [...items, ...unreadItems]
}

/** "stories/riverton/ledger.html" → "ledger.html": people see the file, never its path. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}
