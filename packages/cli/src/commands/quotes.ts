import {articlesToAnnotations, findQuotes, type Quote} from '@corroborate/core'
import {toCsv} from '../csv.js'
import {scriptSafeJson} from '../safe-json.js'
import {style} from '../style.js'
import {jsonArticles, type Command} from './command.js'

interface QuotesRecord {
  file: string
  id: string
  quotes: Quote[]
  /** The text the offsets point into, and the URL: kept for `--format annotations` only. */
  source?: {text: string, url: string | null}
}

const csvHeader = ['file', 'start', 'end', 'kind', 'speaker', 'speaker_method', 'speaker_mention', 'cue', 'channel', 'confidence', 'text']

/** `corroborate quotes`: every quote with its speaker, cue and channel. */
export const quotesCommand: Command<QuotesRecord> = {
  name: 'quotes',
  summary: 'Find quotes with their speakers, cues and channels',
  formats: ['json', 'jsonl', 'csv', 'text', 'annotations'],
  defaultFormat: 'text',
  examples: [
    'corroborate quotes seeds/',
    'corroborate quotes --format json article.html > quotes.json',
    'corroborate quotes --format csv corpus/ -o quotes.csv',
    'corroborate quotes --format annotations corpus/ > quotes.jsonld'
  ],
  analyze: (article, file, format) => ({
    file, id: article.id, quotes: findQuotes(article, {nested: 'named'}),
    ...(format === 'annotations' ? {source: {text: article.text, url: article.source.url}} : {})
  }),
  // Annotations make one collection, so they are written once every article is in.
  streamed: ['json', 'jsonl', 'csv', 'text'],
  all: (records) => scriptSafeJson(articlesToAnnotations(records.map((record) => ({
    article: {file: record.file, id: record.id, text: record.source!.text, url: record.source!.url}, quotes: record.quotes
  }))), 2) + '\n',
  begin: (format) => (format === 'json' ? jsonArticles.begin() : format === 'csv' ? toCsv(csvHeader, []) : ''),
  each(record, index, format, context) {
    switch (format) {
      case 'json': return jsonArticles.each(record, index)
      case 'jsonl': return JSON.stringify(record) + '\n'
      case 'csv': return toCsv(null, record.quotes.map((quote) => [
        record.file, quote.start, quote.end, quote.kind, quote.speaker?.name, quote.speaker?.method, quote.speaker?.mention?.text,
        quote.cue?.text, quote.channel?.text, quote.confidence.toFixed(2), quote.text
      ]))
      default: {
        const s = style(context.color)
        return (index === 0 ? '' : '\n') + [
          `${s.bold(record.file)}  ${s.dim(`${record.quotes.length} quote${record.quotes.length === 1 ? '' : 's'}`)}`,
          ...record.quotes.map((quote) => line(quote, s, context.columns))
        ].join('\n') + '\n'
      }
    }
  },
  end: (format) => (format === 'json' ? jsonArticles.end() : '')
}

function line(quote: Quote, s: ReturnType<typeof style>, columns: number): string {
  const speaker = quote.speaker ? s.cyan(quote.speaker.name) + s.dim(` (${quote.speaker.method}${quote.cue ? `, “${quote.cue.text}”` : ''})`) : s.yellow('no speaker')
  const open = quote.marks?.open ?? '‹'
  const close = quote.marks?.close ?? (quote.marks ? '' : '›')
  const room = Math.max(30, columns - 20)
  const text = quote.text.length > room ? `${quote.text.slice(0, room - 1)}…` : quote.text
  return `  ${s.dim(quote.kind.padEnd(8))} ${open}${text}${close}\n           — ${speaker}${quote.channel ? s.dim(`, ${quote.channel.text}`) : ''}`
}
