// What the PolNeAR evaluations share: their command-line options, the records of a
// PolNeAR file (each article once) and one analysis per article, made on first use.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 && process.argv[at + 1] && !process.argv[at + 1].startsWith('--') ? process.argv[at + 1] : fallback
}

/** The records of the PolNeAR file named by `--data` (default: train), each article once. */
export function polnearRecords() {
  const data = option('data', path.join(here, '..', '..', '..', 'shared', 'data', 'polnear', 'train.jsonl'))
  const seen = new Set()
  return fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((record) => (seen.has(record.filename) ? false : seen.add(record.filename)))
}

/** A function giving each record's story input (parsed article, entities, quotes, claims), analysed once. */
export function analyser() {
  const analysed = new Map()
  const analyse = (record) => {
    if (!analysed.has(record.filename)) {
      const article = parseArticle(record.text, {format: 'text', metadata: {title: record.title, outlet: record.publisher, published: record.publication_date}})
      const entities = findEntities(article)
      const quotes = findQuotes(article, {entities})
      analysed.set(record.filename, {file: record.filename, article, entities, quotes, claims: findClaims(article, {quotes, entities})})
    }
    return analysed.get(record.filename)
  }
  analyse.count = () => analysed.size
  return analyse
}
