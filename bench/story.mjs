#!/usr/bin/env node
// Compare time for stories of 10, 100 and 1,000 articles, and the growth per 10×.
//
//   npm run build && node bench/story.mjs [--data ../shared/data/polnear/train.jsonl]
//
// Stories are generated from real articles: eight PolNeAR articles on one topic are
// the "event", and each story article re-mixes them (paragraphs drawn from several,
// shuffled, sentences dropped, words swapped for synonyms, quote marks and name
// spellings varied), so quotes and facts recur across outlets with wording changes
// the way syndicated and rewritten coverage does. Per-article analysis (parse,
// entities, quotes, claims) is done first and timed apart: the figure that must
// grow slowly is the comparison itself.
//
// The machine may be shared: beside each compare, a fixed peer task (counting the
// words of the same 1,000 paragraphs, always the same work) is timed in the same run,
// before and after. "compare ÷ peer" reads the same on a busy machine as on a quiet
// one; CPU time is the process's (all its threads, garbage collection included).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {compareArticles, findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'

const here = path.dirname(fileURLToPath(import.meta.url))
const dataArg = process.argv.indexOf('--data')
const data = dataArg > 0 ? process.argv[dataArg + 1] : path.join(here, '..', '..', 'shared', 'data', 'polnear', 'train.jsonl')
const seen = new Set()
const records = fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .filter((record) => (seen.has(record.filename) ? false : seen.add(record.filename)))
const topic = records.filter((record) => /Trump/.test(record.text) && /Clinton/.test(record.text)).slice(0, 8)
const paragraphs = topic.flatMap((record) => record.text.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 12))

let seed = 7
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
const synonyms = [['said', 'stated'], ['told', 'informed'], ['big', 'large'], ['said on', 'said during'], ['campaign', 'bid'], ['voters', 'electors'], ['Republican', 'GOP']]
const marks = [['“', '”'], ['"', '"'], ['‘', '’']]

function generate(count) {
  const inputs = []
  for (let n = 0; n < count; n++) {
    const picked = []
    const size = 6 + Math.floor(random() * 8)
    for (let i = 0; i < size; i++) picked.push(paragraphs[Math.floor(random() * paragraphs.length)])
    let text = picked.map((p) => p.split(/(?<=[.!?][”"]?)\s+/).filter(() => random() > 0.15).join(' ')).filter(Boolean).join('\n\n')
    for (const [a, b] of synonyms) if (random() < 0.4) text = text.replaceAll(` ${a} `, ` ${b} `)
    const [open, close] = marks[Math.floor(random() * marks.length)]
    text = text.replace(/[“"]([^“”"\n]{3,400})[”"]/g, `${open}$1${close}`)
    if (random() < 0.5) text = text.replaceAll('Hillary', 'Hilary')
    inputs.push({file: `article-${String(n).padStart(4, '0')}.txt`, text: `Outlet ${n} report.\n\n${text}\n`})
  }
  return inputs
}

function analyse(inputs) {
  return inputs.map(({file, text}) => {
    const article = parseArticle(text, {format: 'text', metadata: {published: '2016-04-18'}})
    const entities = findEntities(article)
    const quotes = findQuotes(article)
    return {file, article, entities, quotes, claims: findClaims(article, {quotes, entities})}
  })
}

// The peer: a fixed amount of plain work (splitting and counting words in a Map).
const peerText = Array.from({length: 1000}, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n')
function peer() {
  const started = performance.now()
  for (let round = 0; round < 4; round++) {
    const counts = new Map()
    for (const word of peerText.toLowerCase().split(/[^\p{L}\p{N}']+/u)) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return performance.now() - started
}

const rows = []
for (const count of [10, 100, 1000]) {
  const inputs = generate(count)
  let started = performance.now()
  const analysed = analyse(inputs)
  const analyseMs = performance.now() - started
  compareArticles(analysed.slice(0, 5))
  const peerBefore = peer()
  started = performance.now()
  const cpu = process.cpuUsage()
  const story = compareArticles(analysed)
  const compareMs = performance.now() - started
  const {user, system} = process.cpuUsage(cpu)
  const peerMs = (peerBefore + peer()) / 2
  rows.push({count, analyseMs, compareMs, cpuMs: (user + system) / 1000, peerMs, quoteGroups: story.quoteGroups.length, claimGroups: story.claimGroups.length, mb: inputs.reduce((sum, i) => sum + i.text.length, 0) / 1e6})
}
console.log('articles  MB     analyse (s)  compare (s)  compare CPU (s)  peer (s)  compare ÷ peer  growth per 10×  quote groups  claim groups')
rows.forEach((row, i) => {
  const growth = i === 0 ? '' : `${(row.compareMs / rows[i - 1].compareMs).toFixed(1)}×`
  console.log([
    String(row.count).padStart(8), row.mb.toFixed(2).padStart(5), (row.analyseMs / 1000).toFixed(2).padStart(11), (row.compareMs / 1000).toFixed(3).padStart(11),
    (row.cpuMs / 1000).toFixed(3).padStart(15), (row.peerMs / 1000).toFixed(3).padStart(8), (row.compareMs / row.peerMs).toFixed(1).padStart(14),
    growth.padStart(14), String(row.quoteGroups).padStart(12), String(row.claimGroups).padStart(12)
  ].join('  '))
})
