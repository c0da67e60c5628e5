import type {Article} from '@corroborate/core'
import {style} from '../style.js'
import {jsonArticles, type Command} from './command.js'

type ParseRecord = Article & {file: string}

/** `corroborate parse`: the article structure, as JSON or a readable summary. */
export const parseCommand: Command<ParseRecord> = {
  name: 'parse',
  summary: 'Parse articles into metadata, blocks and sentences',
  formats: ['json', 'jsonl', 'text'],
  defaultFormat: 'text',
  examples: [
    'corroborate parse seeds/000_477ff89220c405d6.txt',
    'corroborate parse --format json page.html > article.json',
    'cat article.md | corroborate parse -'
  ],
  analyze: (article, file) => ({file, ...article}),
  begin: (format) => (format === 'json' ? jsonArticles.begin() : ''),
  each(record, index, format, context) {
    if (format === 'json') return jsonArticles.each(record, index)
    if (format === 'jsonl') return JSON.stringify(record) + '\n'
    return (index === 0 ? '' : '\n') + summary(record, style(context.color))
  },
  end: (format) => (format === 'json' ? jsonArticles.end() : '')
}

function summary(article: ParseRecord, s: ReturnType<typeof style>): string {
  const counts = new Map<string, number>()
  for (const block of article.blocks) {
    const key = block.kind === 'boilerplate' ? `boilerplate (${block.reason})` : block.kind
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const rows: Array<[string, string]> = [
    ['format', article.format],
    ['id', article.id],
    ['title', article.title ?? '—'],
    ['outlet', article.source.outlet ?? '—'],
    ['url', article.source.url ?? '—'],
    ['byline', article.byline ?? '—'],
    ['published', article.published ?? '—'],
    ['dateline', article.dateline ?? '—'],
    ['blocks', [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')],
    ['sentences', String(article.sentences.length)],
    ['words', String(article.sentences.reduce((sum, sentence) => sum + sentence.words.length, 0))]
  ]
  const lines = [s.bold(article.file)]
  for (const [key, value] of rows) lines.push(`  ${s.dim(key.padEnd(10))} ${value}`)
  for (const message of article.messages) lines.push(`  ${s.yellow('note')}       ${message.reason} [${message.ruleId}]`)
  return lines.join('\n') + '\n'
}
