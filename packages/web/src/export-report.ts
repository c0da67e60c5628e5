import {storyToHtml, storyToMarkdown, type Story} from '@corroborate/core'
import {h} from './dom.js'
import type {AnalysedArticle} from './protocol.js'
import type {ReviewEntry} from './review.js'
import {reviewToCsv, reviewToJson} from './review-export.js'

export type ExportFormat = 'json' | 'markdown' | 'html'

const files: Record<ExportFormat, {name: string, type: string}> = {
  json: {name: 'corroborate-report.json', type: 'application/json'},
  markdown: {name: 'corroborate-report.md', type: 'text/markdown'},
  html: {name: 'corroborate-report.html', type: 'text/html'}
}

/** The report in one of the CLI's formats, rendered by core's own renderers (as `corroborate report --format`). */
export function renderReport(format: ExportFormat, story: Story, articles: readonly AnalysedArticle[]): string {
  if (format === 'json') return JSON.stringify(story, null, 2) + '\n'
  if (format === 'markdown') return storyToMarkdown(story)
  // With the texts, the page ends with each article, its quotes and claims marked.
  return storyToHtml(story, {articles: articles.map((article) => ({file: article.file, text: article.text, url: article.url, outlet: article.outlet}))})
}

/** Save the report as a file: a download of an in-memory blob, nothing leaves the browser. */
export function downloadReport(format: ExportFormat, story: Story, articles: readonly AnalysedArticle[]): void {
  const {name, type} = files[format]
  saveFile(name, type, renderReport(format, story, articles))
}

/** Save text as a file: a download of an in-memory blob. */
export function saveFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], {type: `${type};charset=utf-8`}))
  const link = h('a', {href: url, download: name, hidden: true})
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Save the items the checker marked, as CSV or JSON (review-export.ts). */
export function saveReview(entries: readonly ReviewEntry[], format: 'csv' | 'json'): void {
  if (format === 'csv') saveFile('corroborate-review.csv', 'text/csv', reviewToCsv(entries))
  else saveFile('corroborate-review.json', 'application/json', reviewToJson(entries))
}

/** Save the report in `format`; the reason it failed, if it did. */
export function tryDownloadReport(format: string, story: Story, articles: readonly AnalysedArticle[]): string | null {
  try {
    downloadReport(format as ExportFormat, story, articles)
    return null
  } catch (error) {
    return `Export failed: ${error instanceof Error ? error.message : String(error)}`
  }
}
