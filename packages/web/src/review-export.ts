import type {ReviewEntry} from './review.js'

/**
 * A cell a spreadsheet never runs: one starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe (the OWASP rule), and quotes are doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One row per sentence of each marked item: state, section, item, outlet, sentence, time, and how sure and why (last, so older columns keep their place). */
export function reviewToCsv(entries: readonly ReviewEntry[]): string {
  const rows = [['state', 'section', 'item', 'outlet', 'sentence', 'marked at', 'how sure and why']]
  for (const entry of entries) {
    const sentences = entry.sentences.length > 0 ? entry.sentences : [{outlet: '', text: ''}]
    for (const sentence of sentences) rows.push([entry.state, entry.section, entry.title, sentence.outlet, sentence.text, entry.at, entry.note ?? ''])
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function reviewToJson(entries: readonly ReviewEntry[]): string {
  return JSON.stringify({version: 1, items: entries.map(({key, state, section, title, sentences, at, note}) => ({key, state, section, title, sentences, at, ...(note ? {note} : {})}))}, null, 2) + '\n'
}
