import {findEntities, linkEntities, type ArticleEntities} from '@corroborate/core'
import {toCsv} from '../csv.js'
import {style} from '../style.js'
import type {Command} from './command.js'

type EntitiesRecord = ArticleEntities & {file: string, id: string}

/** `corroborate entities`: people, organisations and places, joined across articles. */
export const entitiesCommand: Command<EntitiesRecord> = {
  name: 'entities',
  summary: 'List people, organisations and places, with the spellings each article uses',
  formats: ['json', 'jsonl', 'csv', 'text'],
  defaultFormat: 'text',
  examples: [
    'corroborate entities seeds/',
    'corroborate entities --format json a.txt b.html > entities.json',
    'corroborate entities --format csv corpus/ -o entities.csv'
  ],
  analyze: (article, file) => ({file, id: article.id, ...findEntities(article)}),
  streamed: ['jsonl', 'csv'],
  begin: (format) => (format === 'csv' ? toCsv(['file', 'entity', 'kind', 'name', 'forms', 'mentions'], []) : ''),
  each(record, _index, format) {
    if (format === 'jsonl') return JSON.stringify({file: record.file, id: record.id, entities: record.entities}) + '\n'
    return toCsv(null, record.entities.map((entity) => [record.file, entity.id, entity.kind, entity.name, entity.forms.join(' | '), entity.mentions.length]))
  },
  all(records, format, context) {
    const linked = linkEntities(records)
    if (format === 'json') {
      return JSON.stringify({version: 1, articles: records.map(({file, id, entities}) => ({file, id, entities})), linked}, null, 2) + '\n'
    }
    const fileOf = new Map(records.map((record) => [record.id, record.file]))
    const s = style(context.color)
    const heading = {person: 'People', organization: 'Organisations', place: 'Places'} as const
    return (['person', 'organization', 'place'] as const).map((kind) => {
      const items = linked.filter((entity) => entity.kind === kind)
      if (items.length === 0) return ''
      return [s.bold(`${heading[kind]} (${items.length})`),
        ...items.map((entity) => `  ${s.cyan(entity.name)}  ${s.dim(entity.forms.map((form) => `${form.form} [${form.articles.map((id) => fileOf.get(id) ?? id).join(', ')}]`).join('; '))}`)
      ].join('\n') + '\n'
    }).filter(Boolean).join('\n')
  }
}
