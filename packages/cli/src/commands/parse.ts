import type {Article} from '@corroborate/core'
import type {Command} from './command.js'
import {style} from '../style.js'

/** `corroborate parse`: the article structure, as JSON or a readable summary. */
export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse articles into metadata, blocks and sentences',
  formats: ['json', 'jsonl', 'text'],
  defaultFormat: 'text',
  examples: [
    'corroborate parse seeds/000_477ff89220c405d6.txt',
    'corroborate parse --format json page.html > article.json',
    'cat article.md | corroborate parse -'
  ],
  render(loaded, format, context) {
    if (format === 'json') return JSON.stringify({version: 1, articles: loaded.map(({file, article}) => ({file, ...article}))}, null, 2) + '\n'
    if (format === 'jsonl') return loaded.map(({file, article}) => JSON.stringify({file, ...article}) + '\n').join('')
    const s = style(context.color)
    return loaded.map(({file, article}) => summary(file, article, s)).join('\n')
  }
}

function summary(file: string, article: Article, s: ReturnType<typeof style>): string {
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
  const lines = [s.bold(file)]
  for (const [key, value] of rows) lines.push(`  ${s.dim(key.padEnd(10))} ${value}`)
  for (const message of article.messages) lines.push(`  ${s.yellow('note')}       ${message.reason} [${message.ruleId}]`)
  return lines.join('\n') + '\n'
}
