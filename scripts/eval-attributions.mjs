#!/usr/bin/env node
// Attribution accuracy on PolNeAR (train): every annotated attribution, direct and
// indirect, against `findQuotes(article, {indirect: true})`.
//
// - content: a found quote matches an attribution when their spans overlap by at
//   least half of each (edge punctuation and quote marks ignored; a discontinuous
//   content counts from its first to its last piece). Precision over found quotes,
//   recall over attributions, each greedy one-to-one per article.
// - source: for matched attributions that have a source, right when the found
//   speaker's mention overlaps the annotated source span, or the found name shares
//   its last word with the source text.
// Rows are printed for all attributions, direct ones (content holds quotation
// marks: " “ ” or '', the doubled apostrophe that the New York Times text in PolNeAR
// uses for every quotation) and indirect ones (no quotation mark in the content).
// A last row, for comparison with earlier runs, scores indirect the old way, where
// only " “ ” made a content direct, so '' quotations counted as indirect speech
// that the indirect row could never match (findQuotes finds them as direct quotes).
//
// --misses prints why indirect attributions were missed (see attribution-misses.mjs).
//
// Usage: node scripts/eval-attributions.mjs [--data FILE.jsonl] [--limit N] [--misses [N]]
//   (needs a built core: cd packages/core && npx tsup)
import {findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {fileURLToPath} from 'node:url'
import {missKinds} from './attribution-misses.mjs'
import {readRecords, trim, overlap} from './attribution-spans.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const file = option('--data', process.env.POLNEAR ?? fileURLToPath(new URL('../../shared/data/polnear/train.jsonl', import.meta.url)))
const limit = Number(option('--limit', Infinity))
const misses = args.includes('--misses') ? missKinds(Number(option('--misses', 0)) || 0) : undefined

const records = readRecords(file).slice(0, limit)

const rows = {all: counter(), direct: counter(), indirect: counter()}
const oldIndirect = counter()
const started = performance.now()
for (const record of records) {
  const text = record.text
  let quotes = []
  try {
    const article = parseArticle(text, {format: 'text'})
    quotes = findQuotes(article, {indirect: true, entities: findEntities(article)})
  } catch {
    // An article the parser refuses counts as one with nothing found.
  }
  const gold = record.attributions.filter((a) => a.content.length > 0).map((a) => {
    const start = Math.min(...a.content.map((c) => c.start))
    const end = Math.max(...a.content.map((c) => c.end))
    const content = text.slice(start, end)
    return {start, end, direct: /["“”]|''/.test(content), oldDirect: /["“”]/.test(content), source: a.source, cue: (a.cue ?? []).map((c) => c.text).join(' ')}
  })
  for (const kind of ['all', 'direct', 'indirect']) {
    const goldHere = gold.filter((g) => kind === 'all' || (kind === 'direct') === g.direct)
    const foundHere = quotes.filter((q) => kind === 'all' || (kind === 'direct') === (q.kind !== 'indirect'))
    score(rows[kind], text, goldHere, foundHere)
  }
  misses?.add(text, gold.filter((g) => !g.direct), quotes)
  score(oldIndirect, text, gold.filter((g) => !g.oldDirect), quotes.filter((q) => q.kind === 'indirect'))
}
const seconds = (performance.now() - started) / 1000

console.log(`PolNeAR ${file.split('/').pop()}: ${records.length} articles, ${seconds.toFixed(1)} s`)
console.log('kind       attributions   found   content P   content R   content F1   source accuracy')
for (const [kind, row] of [...Object.entries(rows), ['indirect*', oldIndirect]]) {
  const p = row.found ? row.matchedFound / row.found : 0
  const r = row.gold ? row.matchedGold / row.gold : 0
  const f = p + r ? (2 * p * r) / (p + r) : 0
  const s = row.sourced ? row.sourceRight / row.sourced : 0
  console.log(`${kind.padEnd(10)} ${String(row.gold).padStart(12)} ${String(row.found).padStart(7)} ${p.toFixed(3).padStart(11)} ${r.toFixed(3).padStart(11)} ${f.toFixed(3).padStart(12)} ${`${s.toFixed(3)} (${row.sourceRight}/${row.sourced})`.padStart(17)}`)
}

console.log(`* indirect as counted before: the ${oldIndirect.gold - rows.indirect.gold} contents in '' quotation marks counted as indirect`)
misses?.print()
if (misses) console.log(`indirect matched ${rows.indirect.matchedGold}/${rows.indirect.gold} of gold, ${rows.indirect.matchedFound}/${rows.indirect.found} found`)

function counter() {
  return {gold: 0, found: 0, matchedGold: 0, matchedFound: 0, sourced: 0, sourceRight: 0}
}

function score(row, text, gold, found) {
  row.gold += gold.length
  row.found += found.length
  const used = new Set()
  for (const g of gold) {
    let best = -1
    let bestScore = 0
    found.forEach((q, i) => {
      if (used.has(i)) return
      const s = overlap(trim(text, g.start, g.end), trim(text, q.start, q.end))
      if (s > bestScore) { bestScore = s; best = i }
    })
    if (best < 0 || bestScore < 0.5) continue
    used.add(best)
    row.matchedGold++
    row.matchedFound++
    if (g.source.length === 0) continue
    row.sourced++
    if (sourceRight(found[best].speaker, g.source)) row.sourceRight++
  }
}

function sourceRight(speaker, sources) {
  if (!speaker) return false
  const mention = speaker.mention
  if (mention && sources.some((s) => mention.start < s.end && s.start < mention.end)) return true
  const last = (s) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).pop() ?? ''
  const name = last(speaker.name)
  return name.length > 2 && sources.some((s) => last(s.text) === name)
}
