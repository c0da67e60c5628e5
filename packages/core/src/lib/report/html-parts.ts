import {escapeHtml as e} from '../story/escape-html.js'
import type {DiffPart} from '../story/types.js'
import type {Stretch} from './changed-value.js'
import {splitStretches} from './changed-value.js'
import type {ReportOutlets} from './report-outlets.js'

/** An outlet badge: its letter on its colour, and its name (read to screen readers only when `compact`). */
export function badge(outlets: ReportOutlets, file: string, compact = false): string {
  const style = outlets.get(file)
  const label = e(style?.label ?? file)
  return `<span class="badge o${style?.colour ?? 7}${compact ? ' compact' : ''}" title="${label}"><span class="key">${style?.letter ?? '?'}</span>${compact ? `<span class="vh"> ${label}</span>` : `<span class="name">${label}</span>`}</span>`
}

/** A sentence with its changed stretches in `<mark class="changed">`, escaped. */
export function markedSentence(text: string, stretches: readonly Stretch[]): string {
  return splitStretches(text, stretches).map(([piece, changed]) => (changed ? `<mark class="changed"><span class="vh">changed: </span>${e(piece)}</mark>` : e(piece))).join('')
}

/** A word diff: deletions in `<del>`, insertions in `<ins>`, each said in words to screen readers. */
export function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((part) => part.op === 'equal' ? e(part.text) : part.op === 'delete'
    ? `<del><span class="vh">removed: </span>${e(part.text)}</del>`
    : `<ins><span class="vh">added: </span>${e(part.text)}</ins>`).join(' ')
}

/**
 * A table that becomes stacked cards on a narrow screen (each cell labelled by its
 * column), so nothing scrolls sideways. The caption is read to screen readers.
 */
export function stackTable(caption: string, headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const body = rows.map(([head, ...cells]) => `<tr><th scope="row">${head}</th>${cells.map((cell, i) => `<td data-label="${e(headers[i + 1] ?? '')}">${cell}</td>`).join('')}</tr>`)
  return `<p class="note">${e(caption)}</p><table class="stack"><caption class="vh">${e(caption)}</caption>` +
    `<thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`
}

// Made on first use: a date format loads locale data, a cost every import would pay.
let longDate: Intl.DateTimeFormat | undefined

/** An ISO date in a `<time>` element: as written, or spelled out when `long`. */
export function dateHtml(value: string | null, long = false): string {
  if (!value) return '<span class="note">date unknown</span>'
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]
  const time = day ? new Date(`${day}T00:00:00Z`) : null
  const text = long && time && !Number.isNaN(time.getTime()) ? (longDate ??= new Intl.DateTimeFormat('en-GB', {dateStyle: 'full', timeZone: 'UTC'})).format(time) : day ?? value
  return `<time datetime="${e(value)}">${e(text)}</time>`
}
