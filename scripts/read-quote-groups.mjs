#!/usr/bin/env node
// The quote groups of eval-same-news-audit's seeded sample, for judging by hand: the
// story's articles lettered A, B…, and each member with its article letter, verdict,
// changed words, own speaker reading (method) and the text around it. --grep 'TEXT|TEXT': instead,
// every group (once) with a member holding one of the TEXTs.
//
//   npm run build && node scripts/read-quote-groups.mjs [--seed 1] [--sample 40] [--around 160] [--grep TEXT]
import {analyser, option, polnearRecords} from './lib/polnear-articles.mjs'
import {compareArticles} from '@corroborate/core'
import {sameNewsStories} from './lib/same-news.mjs'
import {seededRandom, seededSample} from './lib/seeded-random.mjs'

const seed = Number(option('seed', '1'))
const size = Number(option('sample', '40'))
const around = Number(option('around', '160'))
const grep = option('grep', null)
const records = polnearRecords()
const analyse = analyser()
const flat = (text) => text.replace(/\s+/g, ' ')

const items = []
const stories = sameNewsStories(records, analyse)
for (const [shape, set] of stories) {
  const inputs = set.map(analyse)
  const story = compareArticles(inputs)
  const letter = new Map(set.map((record, i) => [record.filename, String.fromCharCode(65 + i)]))
  const byFile = new Map(inputs.map((input) => [input.file, input]))
  for (const g of story.quoteGroups) {
    if (g.members.length < 2) continue
    const lines = g.members.map((m, i) => {
      const input = byFile.get(m.file)
      const text = input.article.text
      const quote = input.quotes[m.quote]
      const changes = m.changes?.length ? ` changes ${JSON.stringify(m.changes)}` : ''
      return `    ${i} ${letter.get(m.file)} ${m.verdict}${changes} (${m.speaker}; ${quote?.speaker?.method ?? '-'}) “${flat(m.text).slice(0, 240)}”\n       …${flat(text.slice(Math.max(0, m.start - around), m.start))}[[Q]]${flat(text.slice(m.end, m.end + around))}…`
    })
    items.push(`${shape} ${set.map((r) => `${letter.get(r.filename)}=${r.filename.slice(0, 30)}`).join(' ')}\n  ${g.id} speaker ${g.speaker} (overridden ${g.overridden.join(',') || '-'}) files ${g.files.length}\n${lines.join('\n')}`)
  }
}
const next = seededRandom(seed)
const picked = grep ? [...new Set(items.filter((item) => grep.split('|').some((text) => item.includes(text))).map((item) => item.replace(/^[^\n]*\n/, '')))] : seededSample(items, size, next)
picked.forEach((item, i) => console.log(`#q${i + 1} ${item}`))
