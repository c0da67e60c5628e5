#!/usr/bin/env node
// Everything the story engine claims on PolNeAR news nobody annotated for it: same-day
// article pairs of two publishers and larger same-topic sets (3–6 articles), each
// compared with compareArticles. Lists every conflict, and a seeded random sample of
// quote groups (verdicts, speaker decision), naming joins (entities joined across
// outlets), claim groups carried by two outlets or more and wire-copy findings, for
// reading and judging by hand. Re-run with another --seed for a fresh sample.
//
//   npm run build && node scripts/eval-same-news-audit.mjs [--data FILE] [--seed 1] [--sample 40] [--kind naming] [--dump FILE]
// --dump writes every item found, by kind, as JSON: diff two builds' dumps to read what a change adds and drops.
import fs from 'node:fs'
import {analyser, option, polnearRecords} from './lib/polnear-articles.mjs'
import {compareArticles} from '@corroborate/core'
import {sameNewsStories} from './lib/same-news.mjs'
import {seededRandom, seededSample} from './lib/seeded-random.mjs'

const seed = Number(option('seed', '1'))
const size = Number(option('sample', '40'))
const only = option('kind', null)
const records = polnearRecords()
const analyse = analyser()

const clip = (text, n = 220) => (text.length > n ? `${text.slice(0, n)}…` : text).replace(/\s+/g, ' ')

const found = {conflict: [], quote: [], naming: [], claim: [], wire: []}
const stories = sameNewsStories(records, analyse)
for (const [shape, set] of stories) {
  const story = compareArticles(set.map(analyse))
  const where = `${shape} ${set.map((record) => record.filename.slice(0, 14)).join(' ')}`
  for (const c of story.conflicts) {
    found.conflict.push(`${where}\n  ${c.kind} ${c.confidence}: ${c.summary}\n${c.members.map((m) => `    ${m.file.slice(0, 10)} [${m.value}] ${clip(m.text)}`).join('\n')}`)
  }
  for (const g of story.quoteGroups) {
    if (g.members.length < 2) continue
    found.quote.push(`${where}\n  speaker ${g.speaker} (overridden ${g.overridden.join(',') || '-'})\n${g.members.map((m, i) => `    ${i} ${m.file.slice(0, 10)} ${m.verdict} (${m.speaker}) “${clip(m.text, 200)}”`).join('\n')}`)
  }
  for (const n of story.naming) {
    found.naming.push(`${where}\n  ${n.kind} ${n.name} [${n.kinds.join(',')}]: ${n.variants.map((v) => `${v.form} (${v.kind}; ${v.files.map((f) => f.slice(0, 10)).join(',')})`).join(' | ')}${n.titles.length ? `; titles ${n.titles.map((t) => t.title).join(' | ')}` : ''}`)
  }
  for (const g of story.claimGroups) {
    if (new Set(g.members.map((m) => m.file)).size < 2) continue
    found.claim.push(`${where}\n  ${g.id} cohesion ${g.cohesion?.toFixed(2)}\n${g.members.map((m) => `    ${m.file.slice(0, 10)} ${clip(m.text)}`).join('\n')}`)
  }
  for (const s of story.syndication) {
    found.wire.push(`${where}\n  ${s.reason} ${s.similarity ?? ''} ${s.files.map((f) => f.slice(0, 10)).join(',')}${s.credits.map((m) => `\n    ${m.file.slice(0, 10)}: ${clip(m.text, 120)}`).join('')}`)
  }
}

const dump = option('dump', null)
if (dump) fs.writeFileSync(dump, JSON.stringify(found))
const next = seededRandom(seed)
console.log(`stories ${stories.length} (${stories.filter(([shape]) => shape === 'pair').length} pairs, ${stories.filter(([shape]) => shape === 'set').length} sets of 3-6); seed ${seed}`)
for (const [kind, items] of Object.entries(found)) {
  if (only && kind !== only) continue
  // Conflicts and wire findings are few: all of them; the rest a seeded sample.
  const all = kind === 'conflict' || kind === 'wire'
  const picked = all ? items : seededSample(items, size, next)
  console.log(`\n=== ${kind}: ${items.length} found, ${picked.length} shown`)
  picked.forEach((item, i) => console.log(`#${kind[0]}${i + 1} ${item}`))
}
