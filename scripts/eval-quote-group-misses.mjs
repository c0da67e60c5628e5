#!/usr/bin/env node
// Quotes two outlets share word for word that the story engine leaves apart, on PolNeAR
// news nobody annotated (the same-day stories of eval-same-news-audit). For every two
// quotes of two different articles of one story that share a run of `--run` words (5)
// after marks, case and punctuation are set aside, are they in one quote group? Prints
// the count of such pairs, how many are grouped, and (with --show N) N of the missed.
//
//   npm run build && node scripts/eval-quote-group-misses.mjs [--data FILE] [--run 5] [--show 20]
import {analyser, option, polnearRecords} from './lib/polnear-articles.mjs'
import {compareArticles} from '@corroborate/core'
import {sameNewsPairs, sameNewsSets} from './lib/same-news.mjs'

const run = Number(option('run', '5'))
const show = Number(option('show', '0'))
const records = polnearRecords()
const analyse = analyser()

const words = (text) => text.toLowerCase().replace(/[’‘`]/g, "'").split(/[^\p{L}\p{N}']+/u).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean)

/** The runs of `run` consecutive words of a text, joined. */
function runs(text) {
  const list = words(text)
  const out = new Set()
  for (let i = 0; i + run <= list.length; i++) out.add(list.slice(i, i + run).join(' '))
  return out
}

let pairs = 0, grouped = 0
const missed = []
const stories = [...sameNewsPairs(records, analyse), ...sameNewsSets(records, analyse)]
for (const set of stories) {
  const items = set.map(analyse)
  const story = compareArticles(items)
  const groupOf = new Map()
  story.quoteGroups.forEach((group, g) => group.members.forEach((m) => {
    const key = `${m.file}@${m.start}`
    if (!groupOf.has(key)) groupOf.set(key, new Set())
    groupOf.get(key).add(g)
  }))
  const quotes = items.map((item) => item.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({file: item.file, quote: q, runs: runs(q.text)})))
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      for (const a of quotes[i]) {
        for (const b of quotes[j]) {
          if (![...a.runs].some((r) => b.runs.has(r))) continue
          pairs++
          const ga = groupOf.get(`${a.file}@${a.quote.start}`), gb = groupOf.get(`${b.file}@${b.quote.start}`)
          if (ga && gb && [...ga].some((g) => gb.has(g))) grouped++
          else missed.push(`${a.file.slice(0, 24)} (${a.quote.speaker?.name ?? '-'}) “${a.quote.text.slice(0, 160)}”\n    ${b.file.slice(0, 24)} (${b.quote.speaker?.name ?? '-'}) “${b.quote.text.slice(0, 160)}”`)
        }
      }
    }
  }
}
console.log(`stories ${stories.length}; cross-article quote pairs sharing ${run} words in a row: ${pairs}, grouped ${grouped}, missed ${pairs - grouped}`)
missed.slice(0, show).forEach((line, i) => console.log(`#${i + 1} ${line}`))
