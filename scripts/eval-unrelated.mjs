#!/usr/bin/env node
// How many conflicts the story engine raises between articles that are NOT on one
// story: every one is a false alarm. Draws random sets of unrelated PolNeAR articles
// (seeded, so a run is reproducible), compares each set, and prints conflicts per
// set (target: at most 0.1), their kinds, and how much the articles seemed to share.
//
//   npm run build && npm run eval:unrelated [-- --sets 200 --size 5 --seed 1 --data FILE --verbose]
//
// Two articles count as unrelated when their file names differ and their titles
// share fewer than two content words (so two reports of one event stay out of a set).
import {seededRandom} from './lib/seeded-random.mjs'
import {analyser, option, polnearRecords} from './lib/polnear-articles.mjs'
import {compareArticles} from '@corroborate/core'

const sets = Number(option('sets', 200))
const size = Number(option('size', 5))
const random = seededRandom(Number(option('seed', 1)))
const verbose = process.argv.includes('--verbose')

const records = polnearRecords()

// Function words and news boilerplate: sharing them says nothing about the story.
const stop = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'what', 'who', 'why', 'how', 'are', 'was', 'were', 'has', 'have',
  'his', 'her', 'its', 'their', 'after', 'over', 'into', 'about', 'says', 'said', 'will', 'would', 'can', 'not', 'new', 'more', 'just', 'than',
  'out', 'but', 'you', 'they', 'she', 'him', 'our', 'all', 'one', 'two', 'now', 'off', 'may', 'could', 'should', 'been', 'being', 'report'])
const titleWords = (title) => new Set(String(title || '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 2 && !stop.has(w)) ?? [])
const sameStory = (a, b) => {
  let shared = 0
  for (const word of a.words) if (b.words.has(word)) shared++
  return shared >= 2
}
const pool = records.map((record) => ({record, words: titleWords(record.title)}))

function drawSet() {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const picked = []
    while (picked.length < size) {
      const candidate = pool[Math.floor(random() * pool.length)]
      if (picked.some((p) => p.record.filename === candidate.record.filename || sameStory(p, candidate))) break
      picked.push(candidate)
    }
    if (picked.length === size) return picked.map((p) => p.record)
  }
  throw new Error('Could not draw a set of unrelated articles')
}

const analyse = analyser()

const kinds = new Map()
let conflicts = 0
let withConflict = 0
let warned = 0
let shareSum = 0
let shareCount = 0
const started = performance.now()
for (let n = 0; n < sets; n++) {
  const set = drawSet()
  const story = compareArticles(set.map(analyse))
  conflicts += story.conflicts.length
  if (story.conflicts.length > 0) withConflict++
  warned += (story.warnings ?? []).length
  for (const entry of story.relatedness ?? []) { shareSum += entry.share; shareCount++ }
  for (const conflict of story.conflicts) {
    kinds.set(conflict.kind, (kinds.get(conflict.kind) ?? 0) + 1)
    if (verbose) console.log(`set ${n + 1} ${conflict.kind} ${conflict.confidence}: ${conflict.summary}\n  ${conflict.members.map((m) => `${m.file}: ${m.text.slice(0, 90)}`).join('\n  ')}`)
  }
}
const seconds = (performance.now() - started) / 1000
console.log(`sets ${sets} of ${size} unrelated articles (seed ${option('seed', 1)}), ${analyse.count()} articles, ${seconds.toFixed(1)} s`)
console.log(`conflicts raised per set: ${(conflicts / sets).toFixed(3)} (target <= 0.1); sets with any: ${withConflict}`)
console.log(`by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none'}`)
console.log(`mean relatedness share: ${(shareSum / Math.max(1, shareCount)).toFixed(3)}; articles warned as unrelated: ${warned} of ${sets * size}`)
