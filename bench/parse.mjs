#!/usr/bin/env node
// Parsing speed on one core: MB/s (10^6 bytes of UTF-8 input per second), best of N
// timed runs after one warm-up run, all rows in the same process and run.
//
// Rows: parseArticle on plain text (PolNeAR train texts, deduplicated by file name),
// parse-english alone on the same texts paragraph by paragraph, parseArticle on HTML
// (Readability's 130 test pages), and Readability with linkedom and with jsdom on the
// same HTML (jsdom: best of 2, see below). Targets (issue "articles from any input"): text >= 5 MB/s, HTML >= 8 MB/s.
//
// Usage: npm run bench:parse [-- --runs 4]   (needs a built core: npx turbo run build --filter=@corroborate/core)
// $CORROBORATE_CORE may point at another build of core; $POLNEAR and
// $READABILITY_PAGES at other copies of the data.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Readability} from '@mozilla/readability'
import {JSDOM, VirtualConsole} from 'jsdom'
import {parseHTML} from 'linkedom'
import {ParseEnglish} from 'parse-english'
import {fileURLToPath} from 'node:url'

const {parseArticle} = process.env.CORROBORATE_CORE
  ? await import(pathToFileURL(process.env.CORROBORATE_CORE).href)
  : await import('@corroborate/core')
const polnear = process.env.POLNEAR ?? fileURLToPath(new URL('../../shared/data/polnear/train.jsonl', import.meta.url))
const pagesRoot = process.env.READABILITY_PAGES ?? fileURLToPath(new URL('../../shared/data/readability-pages', import.meta.url))
const runsAt = process.argv.indexOf('--runs')
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 4
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null

const seen = new Set()
const texts = []
for (const line of readFileSync(polnear, 'utf8').split('\n')) {
  if (line.trim() === '') continue
  const record = JSON.parse(line)
  if (seen.has(record.filename)) continue
  seen.add(record.filename)
  texts.push(record.text)
}
const pages = JSON.parse(readFileSync(join(pagesRoot, 'INDEX.json'), 'utf8')).map((entry) => readFileSync(join(pagesRoot, entry.dir, 'source.html'), 'utf8'))
const bytes = (list) => list.reduce((sum, text) => sum + Buffer.byteLength(text), 0)

const english = new ParseEnglish()
const quiet = new VirtualConsole()

// jsdom keeps memory across windows (4 GB after five passes over the pages, then
// out of memory), so its row warms up on ten pages and takes the best of two runs.
const jsdomRuns = Math.min(runs, 2)

const cases = [
  ['parseArticle, text', texts, (text) => parseArticle(text, {format: 'text'})],
  ['parse-english alone, by paragraph', texts, (text) => {
    for (const paragraph of text.split(/\n+/)) if (paragraph.trim() !== '') english.parse(paragraph)
  }],
  ['parseArticle, html', pages, (html) => {
    try {
      parseArticle(html, {format: 'html'})
    } catch (error) {
      if (error?.name !== 'ArticleError') throw error
    }
  }],
  ['readability + linkedom', pages, (html) => new Readability(parseHTML(html).document).parse()],
  ['readability + jsdom', pages, (html) => {
    const dom = new JSDOM(html, {url: 'http://fakehost/test/page.html', virtualConsole: quiet})
    new Readability(dom.window.document).parse()
    dom.window.close()
  }]
]

console.log(`${texts.length} texts (${(bytes(texts) / 1e6).toFixed(2)} MB), ${pages.length} pages (${(bytes(pages) / 1e6).toFixed(2)} MB); best of ${runs} runs after a warm-up; Node ${process.version}`)
console.log('')
console.log('| pipeline | MB/s | best run (ms) | runs | input |')
console.log('| --- | --- | --- | --- | --- |')
for (const [name, inputs, run] of cases) {
  if (only && !name.includes(only)) continue
  const heavy = name.includes('jsdom')
  for (const input of heavy ? inputs.slice(0, 10) : inputs) run(input)
  let best = Infinity
  const times = heavy ? jsdomRuns : runs
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    for (const input of inputs) run(input)
    best = Math.min(best, performance.now() - start)
  }
  const size = bytes(inputs)
  console.log(`| ${name} | ${(size / 1e6 / (best / 1000)).toFixed(1)} | ${best.toFixed(0)} | ${times} | ${inputs === texts ? 'PolNeAR train' : 'readability-pages'} |`)
}
