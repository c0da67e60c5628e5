import {articlesToAnnotations, findClaims, type Claim} from '@corroborate/core'
import {toCsv} from '../csv.js'
import {scriptSafeJson} from '../safe-json.js'
import {style} from '../style.js'
import {jsonArticles, type Command} from './command.js'

/**
 * `corroborate claims`: the checkable statements of each article with quantities,
 * dates, stance and source. Each article's dates are resolved against its own
 * published date only (no date is borrowed from the other files), so an undated
 * article's relative dates come out unanchored.
 */
export const claimsCommand: Command<ClaimsRecord> = {
  name: 'claims',
  summary: 'Find checkable claims with numbers, dates, stance and source',
  formats: ['json', 'jsonl', 'csv', 'text', 'annotations'],
  defaultFormat: 'text',
  examples: [
    'corroborate claims seeds/',
    'corroborate claims --format json article.html > claims.json',
    'corroborate claims --format csv corpus/ -o claims.csv',
    'corroborate claims --format annotations corpus/ > claims.jsonld'
  ],
  analyze: (article, file, format) => ({
    file, id: article.id, claims: findClaims(article),
    ...(format === 'annotations' ? {source: {text: article.text, url: article.source.url}} : {})
  }),
  // Annotations make one collection, so they are written once every article is in.
  streamed: ['json', 'jsonl', 'csv', 'text'],
  all: (records) => scriptSafeJson(articlesToAnnotations(records.map((record) => ({
    article: {file: record.file, id: record.id, text: record.source!.text, url: record.source!.url}, claims: record.claims
  }))), 2) + '\n',
  begin: (format) => (format === 'json' ? jsonArticles.begin() : format === 'csv' ? toCsv(csvHeader, []) : ''),
  each(record, index, format, context) {
    switch (format) {
      case 'json': return jsonArticles.each(record, index)
      case 'jsonl': return JSON.stringify(record) + '\n'
      case 'csv': return toCsv(null, record.claims.map((claim) => [
        record.file, claim.id, claim.start, claim.end, claim.stance, claim.assertor.kind === 'source' ? claim.assertor.name : '',
        claim.assertor.method, claim.checkWorthiness.score.toFixed(2),
        claim.quantities.map((q) => `${q.values.join('/')} ${q.unit ?? ''}`.trim()).join('; '),
        claim.dates.map((d) => d.value ?? `?${d.text}`).join('; '),
        claim.cues.map((c) => `${c.kind}:${c.text}`).join('; '),
        claim.text
      ]))
      default: {
        const s = style(context.color)
        return (index === 0 ? '' : '\n') + [
          `${s.bold(record.file)}  ${s.dim(`${record.claims.length} claim${record.claims.length === 1 ? '' : 's'}`)}`,
          ...record.claims.map((claim) => line(claim, s, context.columns))
        ].join('\n') + '\n'
      }
    }
  },
  end: (format) => (format === 'json' ? jsonArticles.end() : '')
}

interface ClaimsRecord {
  file: string
  id: string
  claims: Claim[]
  /** The text the offsets point into, and the URL: kept for `--format annotations` only. */
  source?: {text: string, url: string | null}
}

const csvHeader = ['file', 'id', 'start', 'end', 'stance', 'assertor', 'assertor_method', 'worthiness', 'quantities', 'dates', 'cues', 'text']

const stanceColour = {asserted: 'green', attributed: 'cyan', hedged: 'yellow', denied: 'red'} as const

function line(claim: Claim, s: ReturnType<typeof style>, columns: number): string {
  const room = Math.max(30, columns - 16)
  const text = claim.text.length > room ? `${claim.text.slice(0, room - 1)}…` : claim.text
  const who = claim.assertor.kind === 'source' ? ` ${s.dim('—')} ${s.cyan(claim.assertor.name ?? 'unnamed source')}` : ''
  const facts = [
    ...claim.quantities.map((q) => `${q.qualifier === 'exact' ? '' : q.qualifier + ' '}${q.values.join('/')}${q.unit ? ' ' + q.unit : ''}`),
    ...claim.dates.map((d) => d.value ?? `${d.text} (unanchored)`),
    ...claim.cues.filter((c) => c.kind !== 'attribution').map((c) => `“${c.text}”`)
  ]
  return `  ${s[stanceColour[claim.stance]](claim.stance.padEnd(10))} ${claim.checkWorthiness.score.toFixed(2)} ${text}${who}` +
    (facts.length ? `\n             ${s.dim(facts.join(' · '))}` : '')
}
