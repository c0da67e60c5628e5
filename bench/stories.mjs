#!/usr/bin/env node
// Time and peak memory of findStories over 10,000 and 100,000 generated articles,
// and the growth per 10x (target: under 15x).
//
//   npm run build && npm run bench:stories [-- --sizes 10000,100000]
//
// Articles are generated from real texts: PolNeAR train and ECB+ documents are
// parsed once (timed apart: per-article analysis is linear and the same in every
// batch), and each generated article re-mixes the features of one source story,
// keeping a random part of its words, names and numbers and shifting its
// publication date by whole "eras" (400 days), so one source story gives many
// events of the same kind on different dates, as a real month of coverage does.
// Each size runs in a child process of its own, so its peak memory (max RSS) is
// its own. CPU time is printed beside wall time: on a shared machine it is the
// steadier figure.
import {seededRandom} from '../scripts/lib/seeded-random.mjs'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {findStories, parseArticle, storyFeatures} from '@corroborate/core'
import {readPublished} from '../scripts/read-published.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const shared = path.join(here, '..', '..', 'shared', 'data')
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}

if (process.argv.includes('--child')) {
  child(Number(option('size')), option('sources'))
} else {
  parent()
}

function parent() {
  const started = performance.now()
  const seen = new Set()
  const polnear = fs.readFileSync(path.join(shared, 'polnear', 'train.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((record) => (seen.has(record.filename) ? false : seen.add(record.filename)))
    .map((record) => ({group: record.filename, title: record.title, published: record.publication_date, text: record.text}))
  const ecb = fs.readFileSync(path.join(shared, 'ecbplus', 'docs.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .map((record) => ({group: record.story, title: record.title, published: readPublished(record.published), text: record.text}))
  const sources = [...polnear, ...ecb].map((record) => ({
    group: record.group,
    features: storyFeatures(parseArticle(record.text, {format: 'text', metadata: {title: record.title, published: record.published}}))
  }))
  const perArticle = (performance.now() - started) / sources.length
  const file = path.join(fs.mkdtempSync(path.join((process.env.TMPDIR ?? '/tmp'), 'stories-bench-')), 'sources.json')
  fs.writeFileSync(file, JSON.stringify(sources))
  console.log(`${sources.length} source texts analysed (parse + entities + features): ${perArticle.toFixed(1)} ms an article`)
  const sizes = option('sizes', '10000,100000').split(',').map(Number)
  const rows = []
  for (const size of sizes) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', '--size', String(size), '--sources', file], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
    const row = JSON.parse(out)
    rows.push(row)
    console.log(`${String(size).padStart(7)} articles: ${(row.ms / 1000).toFixed(1)} s (CPU ${(row.cpuMs / 1000).toFixed(1)} s), peak ${row.peakMb} MB (heap after ${row.heapMb} MB), ${row.stories} stories`)
  }
  for (let i = 1; i < rows.length; i++) {
    const factor = rows[i].size / rows[i - 1].size
    console.log(`growth per ${factor}x: time ${(rows[i].ms / rows[i - 1].ms).toFixed(1)}x (CPU ${(rows[i].cpuMs / rows[i - 1].cpuMs).toFixed(1)}x), peak memory ${(rows[i].peakMb / rows[i - 1].peakMb).toFixed(1)}x`)
  }
  fs.rmSync(path.dirname(file), {recursive: true, force: true})
}

function child(size, sourcesFile) {
  const sources = JSON.parse(fs.readFileSync(sourcesFile, 'utf8'))
  const groups = new Map()
  for (const source of sources) groups.set(source.group, [...(groups.get(source.group) ?? []), source.features])
  const list = [...groups.values()]
  const random = seededRandom(7)
  // Plain dictionaries, as JSON.parse gives for features read from disk: objects
  // built key by key through Object.fromEntries grow a hidden class per key and
  // would weigh more than the grouping itself.
  const keep = (record, share) => {
    const kept = Object.create(null)
    for (const key in record) if (random() < share) kept[key] = record[key]
    return kept
  }
  const articles = []
  for (let i = 0; i < size; i++) {
    // Stories of 1 to about 20 articles: a source story and an era pick the event.
    const group = list[Math.floor(random() * list.length)]
    const era = Math.floor(random() * Math.max(1, size / 2000))
    const base = group[Math.floor(random() * group.length)]
    const day = Date.parse(base.published ?? '2015-01-01') + (era * 400 + Math.floor(random() * 3)) * 86_400_000
    articles.push({
      id: `g${i}`,
      title: base.title,
      published: new Date(day).toISOString().slice(0, 10),
      terms: keep(base.terms, 0.7),
      names: keep(base.names, 0.8),
      numbers: keep(base.numbers, 0.7),
      years: base.years
    })
  }
  global.gc?.()
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const stories = findStories(articles)
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  process.stdout.write(JSON.stringify({size, ms, cpuMs: (cpu.user + cpu.system) / 1000, stories: stories.length, peakMb: Math.round(process.resourceUsage().maxRSS / 1024), heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20)}))
}
