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
import {compareArticles, findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {defaultData, storyGenerator} from './lib/generate-story.mjs'

const dataArg = process.argv.indexOf('--data')
const generate = storyGenerator(dataArg > 0 ? process.argv[dataArg + 1] : defaultData)

function analyse(inputs) {
  return inputs.map(({file, text}) => {
    const article = parseArticle(text, {format: 'text', metadata: {published: '2016-04-18'}})
    const entities = findEntities(article)
    const quotes = findQuotes(article, {entities})
    return {file, article, entities, quotes, claims: findClaims(article, {quotes, entities})}
  })
}

// The peer: a fixed amount of plain work (splitting and counting words in a Map).
const paragraphs = generate.paragraphs
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
