#!/usr/bin/env node
// What indirect attributions on PolNeAR does findQuotes miss, and what does it find
// that is no annotated attribution? Prints the commonest cue words (lower-cased,
// as the annotation spans them) of indirect gold attributions no found indirect
// quote matches, and the commonest cue words of found indirect quotes that match
// no gold. Gold whose content holds quotation marks (" “ ” or '', which some
// outlets' text uses) is left out: that is direct speech. Matching as in eval-attributions.mjs: spans overlapping by at least half
// of each (edge punctuation ignored), greedy one-to-one per article.
//
// Usage: node scripts/eval-attributions-misses.mjs [--data FILE.jsonl] [--top N] [--cue WORD] [--false]
//   --cue WORD prints the sentences of missed attributions with that cue (or, with
//   --false, of unmatched found quotes with that cue).
//   (needs a built core: cd packages/core && npx tsup)
import {findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {fileURLToPath} from 'node:url'
import {readRecords, trim, overlap} from './attribution-spans.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const file = option('--data', fileURLToPath(new URL('../../shared/data/polnear/train.jsonl', import.meta.url)))
const top = Number(option('--top', 60))
const cueWord = option('--cue', null)
const falseOnes = args.includes('--false')

const records = readRecords(file)

const missed = new Map()
const spurious = new Map()
const examples = []
let boundary = 0
let goldCount = 0
let matchedCount = 0
let foundCount = 0
for (const record of records) {
  const text = record.text
  let quotes = []
  try {
    const article = parseArticle(text, {format: 'text'})
    quotes = findQuotes(article, {indirect: true, entities: findEntities(article)}).filter((q) => q.kind === 'indirect')
  } catch {
    // Nothing found.
  }
  const gold = record.attributions.filter((a) => a.content.length > 0).map((a) => {
    const start = Math.min(...a.content.map((c) => c.start))
    const end = Math.max(...a.content.map((c) => c.end))
    const cue = a.cue.map((c) => c.text).join(' ').toLowerCase().replace(/\s+/g, ' ').trim()
    return {start, end, cue}
  }).filter((g) => !/["“”]|''/.test(text.slice(g.start, g.end)))
  const used = new Set()
  goldCount += gold.length
  foundCount += quotes.length
  for (const g of gold) {
    let best = -1
    let bestScore = 0
    quotes.forEach((q, i) => {
      if (used.has(i)) return
      const s = overlap(trim(text, g.start, g.end), trim(text, q.start, q.end))
      if (s > bestScore) { bestScore = s; best = i }
    })
    if (best >= 0 && bestScore >= 0.5) { used.add(best); matchedCount++; continue }
    // A found quote overlapping the gold at all is a boundary error, not a missing cue.
    const touched = quotes.some((q) => q.start < g.end && g.start < q.end)
    if (touched) { boundary++; continue }
    missed.set(g.cue, (missed.get(g.cue) ?? 0) + 1)
    if (!falseOnes && cueWord !== null && g.cue === cueWord) examples.push(context(text, g.start, g.end))
  }
  quotes.forEach((q, i) => {
    if (used.has(i)) return
    const cue = (q.cue?.text ?? '').toLowerCase()
    spurious.set(cue, (spurious.get(cue) ?? 0) + 1)
    if (falseOnes && cueWord !== null && cue === cueWord) examples.push(context(text, q.start, q.end))
  })
}

console.log(`indirect gold ${goldCount}, found ${foundCount}, matched ${matchedCount} (gold with quotation marks left out)`)
if (args.includes('--summary')) process.exit(0)
if (cueWord !== null) {
  for (const line of examples.slice(0, top)) console.log(line)
  console.log(`${examples.length} in all`)
} else {
  const list = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([w, n]) => `${n} ${w}`).join(', ')
  console.log(`missed indirect gold overlapping a found quote (boundary errors): ${boundary}\n`)
  console.log(`missed indirect gold overlapping nothing found, ${[...missed.values()].reduce((a, b) => a + b, 0)}: ${list(missed)}\n`)
  console.log(`found indirect matching no gold, ${[...spurious.values()].reduce((a, b) => a + b, 0)}: ${list(spurious)}`)
}

function context(text, start, end) {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 150)
  const to = Math.min(end + 40, text.length)
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\s+/g, ' ')
}
