#!/usr/bin/env node
// Conflicts raised between PolNeAR articles that are likely on the same news: pairs of
// different publishers with the same publication date whose entities share at least two
// person names. Unlike eval:unrelated these may hold real conflicts: read every one
// (--verbose) and judge it; compare counts before and after a change.
//
//   npm run build && node scripts/eval-same-news.mjs [--data FILE] [--verbose] [--kind date]
import {analyser, option, polnearRecords} from './lib/polnear-articles.mjs'
import {compareArticles} from '@corroborate/core'

const kind = option('kind', null)
const verbose = process.argv.includes('--verbose')
const records = polnearRecords()
const analyse = analyser()
/** Full names (two words or more) of the people an analysed article names, lower case. */
const peopleOf = (item) => new Set(item.entities.entities.filter((e) => e.kind === 'person' && /\s/.test(e.name)).map((e) => e.name.toLowerCase()))

const byDate = new Map()
for (const record of records) {
  if (!byDate.has(record.publication_date)) byDate.set(record.publication_date, [])
  byDate.get(record.publication_date).push(record)
}
let pairs = 0
let raised = 0
const kinds = new Map()
for (const group of byDate.values()) {
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i], b = group[j]
      if (a.publisher === b.publisher) continue
      const x = analyse(a), y = analyse(b)
      const people = peopleOf(y)
      let shared = 0
      for (const name of peopleOf(x)) if (people.has(name)) shared++
      if (shared < 2) continue
      pairs++
      const story = compareArticles([x, y])
      for (const conflict of story.conflicts) {
        if (kind && conflict.kind !== kind) continue
        raised++
        kinds.set(conflict.kind, (kinds.get(conflict.kind) ?? 0) + 1)
        if (verbose) console.log(`${a.filename} | ${b.filename}\n ${conflict.kind} ${conflict.confidence}: ${conflict.summary}\n  ${conflict.members.map((m) => `${m.file.slice(0, 12)}: ${m.text.slice(0, 140)}`).join('\n  ')}`)
      }
    }
  }
}
console.log(`pairs ${pairs} (same date, two publishers, >= 2 shared person names); conflicts ${raised} (${(raised / Math.max(1, pairs)).toFixed(3)} per pair)`)
console.log(`by kind: ${[...kinds].sort((p, q) => q[1] - p[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`)
