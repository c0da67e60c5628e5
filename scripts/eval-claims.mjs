#!/usr/bin/env node
// Accuracy of findClaims.
//
// (a) The sample story (seeds/ against ../shared/gold/seeds-story.json):
//   - every quantity of the gold claims and exclusives is found in each article that
//     carries it, with the same value and unit (units compared in the singular);
//   - every event date resolves: some date in the article's claims has that day as
//     its value (an article with no date of its own is resolved against the story's
//     date, the first published date among the articles, as compareArticles would);
//   - the drone-attack claim's stance per article against the gold `framing`. An
//     article's stance is read from its claims about the attack (those holding a
//     gold framing term, or an attack word with "residence"): hedged if any carries
//     a hedge, else asserted if the outlet states one in its own voice, else
//     attributed (or denied).
// (b) PolNeAR train (../shared/data/polnear/train.jsonl, first record per file):
//   of the claims findClaims gives to a source, those whose span overlaps an
//   annotated attribution's content are matched; a matched claim's source is right
//   when its assertor's mention overlaps an annotated source span, or its name
//   contains or is contained in the annotated source text.
//
// Usage: node scripts/eval-claims.mjs [--verbose]   (needs a built core: cd packages/core && npx tsup)
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {findClaims, parseArticle} from '@corroborate/core'

const root = new URL('..', import.meta.url).pathname
const shared = process.env.CORROBORATE_SHARED ?? join(root, '..', 'shared')
const verbose = process.argv.includes('--verbose')
const singular = (unit) => (unit ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')

// (a) the sample story
const gold = JSON.parse(readFileSync(join(shared, 'gold', 'seeds-story.json'), 'utf8'))
const seedDir = join(root, 'seeds')
const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
const articles = new Map(files.map((f) => [f, parseArticle(readFileSync(join(seedDir, f), 'utf8'), {format: 'text'})]))
const storyDate = [...articles.values()].map((a) => a.published).find(Boolean) ?? null
const claimsOf = new Map(files.map((f) => [f, findClaims(articles.get(f), {reference: storyDate})]))

console.log(`sample story (${files.length} articles; story date for undated ones: ${storyDate})`)
const quantityChecks = [
  ...gold.claims.filter((c) => c.quantity).flatMap((c) => c.files.map((file) => ({id: c.id, file, ...c.quantity}))),
  ...gold.exclusives.filter((e) => e.quantity).map((e) => ({id: `exclusive: ${e.gist}`, file: e.file, ...e.quantity}))
]
let quantityHits = 0
for (const check of quantityChecks) {
  const found = claimsOf.get(check.file).flatMap((c) => c.quantities).find((q) => q.values.includes(check.value) && (singular(q.unit) === singular(check.unit)))
  if (found) quantityHits++
  if (verbose || !found) console.log(`  quantity ${found ? 'ok  ' : 'MISS'} ${check.file.slice(0, 3)} ${check.value} ${check.unit}${found ? `  “${found.text}”` : ''}  (${check.id})`)
}
console.log(`quantities: ${quantityHits}/${quantityChecks.length} found with value and unit`)

let dateHits = 0
let dateChecks = 0
for (const event of gold.events) {
  for (const file of event.files) {
    dateChecks++
    const dates = claimsOf.get(file).flatMap((c) => c.dates)
    const found = dates.find((d) => d.value?.slice(0, 10) === event.date)
    const published = articles.get(file).published === event.date
    if (found || published) dateHits++
    if (verbose || !found) console.log(`  date ${found ? 'ok  ' : published ? 'pub ' : 'MISS'} ${file.slice(0, 3)} ${event.date}${found ? `  “${found.text}” (${found.certainty}, ${found.reference?.source ?? found.resolution})` : published ? '  only the published date (no date in story text)' : ''}  (${event.gist})`)
  }
}
console.log(`event dates: ${dateHits}/${dateChecks} resolve (a "pub" line counts the article's published date)`)

const attackWords = /\b(?:attack|strike|assault|drones?)\b/i
console.log('drone-attack stance per article')
console.log('  file | expected   | found      | claims used')
let stanceHits = 0
for (const frame of gold.framing) {
  const expected = frame.stance.startsWith('asserted') ? 'asserted' : frame.stance
  const about = claimsOf.get(frame.file).filter((c) => frame.terms.some((t) => c.text.includes(t)) || (attackWords.test(c.text) && /\bresidence\b/i.test(c.text)))
  const found = about.some((c) => c.cues.some((cue) => cue.kind === 'hedge')) ? 'hedged'
    : about.some((c) => c.assertor.kind === 'outlet' && c.stance === 'asserted') ? 'asserted'
      : about.length ? 'attributed' : 'none'
  if (found === expected) stanceHits++
  console.log(`  ${frame.file.slice(0, 3)}  | ${expected.padEnd(10)} | ${found.padEnd(10)} | ${about.map((c) => `${c.id}:${c.stance}`).join(' ')}`)
}
console.log(`drone-attack stance: ${stanceHits}/${gold.framing.length} as gold framing`)

// (b) PolNeAR
const polnear = join(shared, 'data', 'polnear', 'train.jsonl')
const seen = new Set()
const records = readFileSync(polnear, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)).filter((r) => !seen.has(r.filename) && seen.add(r.filename))
const overlaps = (a, b) => a.start < b.end && b.start < a.end
const norm = (s) => s.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ').trim()
let attributed = 0, matched = 0, right = 0, claimsTotal = 0
for (const record of records) {
  const article = parseArticle(record.text, {format: 'text', metadata: {published: record.publication_date}})
  const claims = findClaims(article)
  claimsTotal += claims.length
  for (const claim of claims) {
    if (claim.assertor.kind !== 'source') continue
    attributed++
    const annotated = record.attributions.filter((a) => a.content.some((span) => overlaps(span, claim)))
    if (annotated.length === 0) continue
    matched++
    const {mention, name} = claim.assertor
    const ok = annotated.some((a) => a.source.some((s) => (mention && overlaps(mention, s)) ||
      (name && s.text && (norm(name).includes(norm(s.text)) || norm(s.text).includes(norm(name))))))
    if (ok) right++
  }
}
const pct = (a, b) => b ? `${(100 * a / b).toFixed(1)}%` : 'n/a'
console.log(`polnear train: ${records.length} articles, ${claimsTotal} claims, ${attributed} attributed to a source`)
console.log(`  attributed claims overlapping an annotated attribution: ${matched}/${attributed} (${pct(matched, attributed)})`)
console.log(`  source right among those: ${right}/${matched} = ${pct(right, matched)}`)
