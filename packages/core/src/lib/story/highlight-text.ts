import {escapeHtml} from './escape-html.js'

/** A span of a text to highlight with a `<mark>`. */
export interface Highlight {
  start: number
  end: number
  /** Element id, put on the mark's first piece (a link target). */
  id: string
  /** Class names: what the span is. */
  className: string
  /** Tooltip text. */
  title: string
}

/**
 * A plain text as HTML paragraphs (one a line, blank lines dropped) with each
 * highlight in a `<mark>`. Highlights may nest or overlap: where one crosses
 * another's end, or a line break, the outer is closed and reopened, so the markup
 * stays well nested; the id goes on the first piece only. Text is escaped.
 */
export function highlightText(text: string, highlights: readonly Highlight[]): string {
  const sorted = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const out: string[] = []
  const opened = new Set<Highlight>()
  const lines = /[^\n]+/g
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const from = line.index
    const to = from + line[0].length
    if (line[0].trim() === '') continue
    out.push(`<p>${paragraph(text, from, to, sorted.filter((h) => h.start < to && h.end > from), opened)}</p>`)
  }
  return out.join('\n')
}

function paragraph(text: string, from: number, to: number, highlights: readonly Highlight[], opened: Set<Highlight>): string {
  const points = new Set([from, to])
  for (const h of highlights) {
    points.add(Math.max(from, h.start))
    points.add(Math.min(to, h.end))
  }
  const bounds = [...points].sort((a, b) => a - b)
  let stack: Highlight[] = []
  let html = ''
  for (let i = 0; i < bounds.length - 1; i++) {
    const start = bounds[i]!
    const end = bounds[i + 1]!
    // `highlights` is sorted outermost first, so the active ones come in nesting order.
    const active = highlights.filter((h) => h.start <= start && h.end >= end)
    let same = 0
    while (same < stack.length && same < active.length && stack[same] === active[same]) same++
    for (let j = stack.length - 1; j >= same; j--) html += '</mark>'
    for (const h of active.slice(same)) {
      const id = opened.has(h) ? '' : ` id="${escapeHtml(h.id)}"`
      opened.add(h)
      html += `<mark${id} class="${escapeHtml(h.className)}" title="${escapeHtml(h.title)}">`
    }
    stack = active
    html += escapeHtml(text.slice(start, end))
  }
  for (let j = stack.length - 1; j >= 0; j--) html += '</mark>'
  return html
}
