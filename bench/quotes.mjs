#!/usr/bin/env node
// Speed of quotes with their speakers on one core, in MB/s (10^6 UTF-16 code units
// of article text per second), best of N timed rounds after one warm-up, all rows
// in one process and run, on the PolNeAR train texts (deduplicated by file name).
//
// Rows:
// - corroborate: parseArticle + findEntities + findQuotes (entities passed on, as the
//   pipeline does), and the same with indirect speech; then each step alone:
//   parseArticle with its sentences unread (what the pipeline pays: quotes and
//   entities never read them) and read (the split, done on first read).
// - compromise: nlp(text) + .quotations() + .people() on the same texts, for
//   comparison (it finds quotation runs and person names, not who said what).
// Target (issue "quotes with their speakers"): parse + entities + quotes >= 4 MB/s.
//
// Usage: node bench/quotes.mjs [--runs 3] [--limit N] [--cpu] [--no-compromise]
// --cpu times the process's CPU time instead of the wall clock (steadier on a shared
// machine); --no-compromise skips its row (over a minute a round). Needs a built core:
// cd packages/core && npx tsup; compromise is a root devDependency for this bench.
import {readFileSync} from 'node:fs'
import {findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {fileURLToPath} from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback)
const runs = option('--runs', 3)
const limit = option('--limit', Infinity)
const cpu = args.includes('--cpu')
const withCompromise = !args.includes('--no-compromise')
/** Milliseconds so far: of this process's CPU (user + system) with --cpu, else of the wall clock. */
const now = cpu ? () => { const {user, system} = process.cpuUsage(); return (user + system) / 1000 } : () => performance.now()
const file = process.env.POLNEAR ?? fileURLToPath(new URL('../../shared/data/polnear/train.jsonl', import.meta.url))

const seen = new Set()
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .filter((r) => !seen.has(r.filename) && seen.add(r.filename)).map((r) => r.text).slice(0, limit)
const size = texts.reduce((n, t) => n + t.length, 0) / 1e6
// Parsed articles for the single-step rows, made only when those rows run: holding
// all 840 parsed articles alive while the pipeline rows run would make every full
// collection of theirs mark ~100 MB the pipeline never uses.
let articles = []
let entities = []
function prepare() {
  if (articles.length > 0) return
  articles = texts.map((text) => parseArticle(text, {format: 'text'}))
  entities = articles.map((article) => findEntities(article))
}

/** Best time of `runs` rounds after a warm-up; returns MB/s and what the last round counted. */
function measure(work) {
  work()
  let best = Infinity
  let count = 0
  for (let i = 0; i < runs; i++) {
    const start = now()
    count = work()
    best = Math.min(best, now() - start)
  }
  return {rate: size / (best / 1000), count}
}

const rows = [
  ['corroborate parse + entities + quotes', () => sum(texts, (text) => {
    const article = parseArticle(text, {format: 'text'})
    return findQuotes(article, {entities: findEntities(article)}).length
  }), 'quotes'],
  ['corroborate same, with indirect speech', () => sum(texts, (text) => {
    const article = parseArticle(text, {format: 'text'})
    return findQuotes(article, {entities: findEntities(article), indirect: true}).length
  }), 'quotes'],
  ['  parseArticle alone, sentences unread', () => sum(texts, (text) => parseArticle(text, {format: 'text'}).blocks.length), 'blocks'],
  ['  parseArticle + sentences', () => sum(texts, (text) => parseArticle(text, {format: 'text'}).sentences.length), 'sentences'],
  ['  findEntities alone (parsed articles)', () => sum((prepare(), articles), (article) => findEntities(article).entities.length), 'entities'],
  ['  findQuotes alone (entities given)', () => sum(articles, (article, i) => findQuotes(article, {entities: entities[i]}).length), 'quotes'],
  ['compromise nlp + quotations() + people()', () => sum(texts, (text) => {
    const nlp = compromise.default
    const doc = nlp(text)
    return doc.quotations().length + doc.people().length
  }), 'quotations + people']
]

// compromise is loaded for its own row only: its lexicon would otherwise sit in the
// heap through corroborate's rows (and theirs would not be in its way either).
let compromise = null
console.log(`PolNeAR: ${texts.length} articles, ${size.toFixed(2)} MB; best of ${runs} runs${cpu ? ', CPU time' : ''}`)
for (const [name, work, unit] of rows) {
  if (name.startsWith('compromise')) {
    if (!withCompromise) continue
    compromise = await import('compromise')
  }
  const {rate, count} = measure(work)
  console.log(`${name.padEnd(42)} ${rate.toFixed(2).padStart(6)} MB/s   (${count} ${unit})`)
}

function sum(list, each) {
  let n = 0
  list.forEach((item, i) => { n += each(item, i) })
  return n
}
