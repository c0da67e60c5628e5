#!/usr/bin/env node
// Conflicts raised between PolNeAR articles that are likely on the same news: pairs of
// different publishers with the same publication date whose entities share at least two
// person names. Unlike eval:unrelated these may hold real conflicts: read every one
// (--verbose) and judge it; compare counts before and after a change.
//
//   npm run build && node scripts/eval-same-news.mjs [--data FILE] [--verbose] [--kind date]
import {analyser, option, polnearRecords} from './lib/polnear-articles.mjs'
import {compareArticles} from '@corroborate/core'
import {sameNewsPairs} from './lib/same-news.mjs'

const kind = option('kind', null)
const verbose = process.argv.includes('--verbose')
const records = polnearRecords()
const analyse = analyser()
let pairs = 0
let raised = 0
const kinds = new Map()
for (const [a, b] of sameNewsPairs(records, analyse)) {
  pairs++
  const story = compareArticles([analyse(a), analyse(b)])
  for (const conflict of story.conflicts) {
    if (kind && conflict.kind !== kind) continue
    raised++
    kinds.set(conflict.kind, (kinds.get(conflict.kind) ?? 0) + 1)
    if (verbose) console.log(`${a.filename} | ${b.filename}\n ${conflict.kind} ${conflict.confidence}: ${conflict.summary}\n  ${conflict.members.map((m) => `${m.file.slice(0, 12)}: ${m.text.slice(0, 140)}`).join('\n  ')}`)
  }
}
console.log(`pairs ${pairs} (same date, two publishers, >= 2 shared person names); conflicts ${raised} (${(raised / Math.max(1, pairs)).toFixed(3)} per pair)`)
console.log(`by kind: ${[...kinds].sort((p, q) => q[1] - p[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`)
