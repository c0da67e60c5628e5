#!/usr/bin/env node
// Quote-pair F1 of the story comparison on the reference stories, read two ways,
// beside what the reference's own groups score under the same reading.
//
// - scorer: as ../shared/tools/score-story.mjs counts, a group member stands for
//   every reference quote its span overlaps. A member that holds a nested quote
//   (an account quoting someone else's words inside it) therefore pairs those
//   nested words with the whole group, and a member of nested words pairs the
//   account around it: the reference's own groups lose precision this way too.
// - exact: a member stands for the reference quote with the same span (both ends
//   within two characters), so only the grouping itself is scored.
// For each story the line gives ours and the reference's own groups (the best a
// tool can score on that reading with these groups), each as F1 (precision/recall);
// the last line gives the means over the reference stories (the sample aside, as
// score-stories.mjs counts them), so the scorer reading's ceiling is in view.
// --verbose lists our wrong and missed pairs on the exact reading, then the wrong pairs
// on the scorer's reading that the reference's own groups do not make.
//
// Usage: node scripts/eval-quote-pairs.mjs [--verbose] [--cli "node packages/cli/dist/bin.js"]
//   (needs a built CLI: npx turbo run build --filter=@corroborate/cli)
import {execSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const cli = args.includes('--cli') ? args[args.indexOf('--cli') + 1] : 'node packages/cli/dist/bin.js'
const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const storiesDir = path.join(shared, 'gold', 'stories')
const roots = [shared, ...fs.readdirSync(storiesDir).sort().map((name) => path.join(storiesDir, name))]
  .filter((root) => fs.existsSync(path.join(root, 'gold', 'seeds-story.json')))

const pairKey = (a, b) => (a < b ? `${a}-${b}` : `${b}-${a}`)
const fmt = ({f1, precision, recall}) => `${f1.toFixed(3)} (${precision.toFixed(2)}/${recall.toFixed(2)})`

// F1 per reading (scorer, exact) of ours and of the reference's own groups, over the stories other than the sample.
const sums = {ours: [0, 0], own: [0, 0], stories: 0}
for (const root of roots) {
  const reference = readReference(root)
  const files = Object.keys(reference.quotes.articles)
  const out = execSync(`${cli} report --format json ${files.map((f) => `'${path.join(root, 'seeds', f)}'`).join(' ')}`, {encoding: 'utf8', maxBuffer: 1 << 28})
  const ours = JSON.parse(out).quoteGroups.map((group) => group.members.map((m) => ({file: path.basename(m.file), start: m.start, end: m.end})))
  const own = reference.story.quoteGroups.map((group) => group.members.map((m) => {
    const start = Number.isInteger(m.start) ? m.start : reference.texts[m.file].indexOf(m.quote)
    return {file: m.file, start, end: start + m.quote.length}
  }))
  // Each reading of ours and of the reference's groups, scored once: [scorer, exact].
  const figures = {ours: [false, true].map((exact) => score(reference, ours, exact).figures), own: [false, true].map((exact) => score(reference, own, exact).figures)}
  const name = root === shared ? 'sample (seeds)' : path.basename(root)
  if (root !== shared) {
    sums.stories++
    for (const i of [0, 1]) {
      sums.ours[i] += figures.ours[i].f1
      sums.own[i] += figures.own[i].f1
    }
  }
  console.log(`${name.padEnd(30)} scorer: ours ${fmt(figures.ours[0])} reference ${fmt(figures.own[0])}   exact: ours ${fmt(figures.ours[1])} reference ${fmt(figures.own[1])}`)
  if (!verbose) continue
  const {found, gold} = score(reference, ours, true)
  const show = (k) => { const q = reference.located[k]; return `${q.file}@${q.start} [${q.speaker}] “${q.text.slice(0, 60)}”` }
  for (const p of found) if (!gold.has(p) && judged(reference, p)) console.log(`  wrong:  ${p.split('-').map(Number).map(show).join('  ~  ')}`)
  for (const p of gold) if (!found.has(p)) console.log(`  missed: ${p.split('-').map(Number).map(show).join('  ~  ')}`)
  // On the scorer's reading: wrong pairs of ours that the reference's own groups do not make too.
  const theirs = score(reference, own, false).found
  for (const p of score(reference, ours, false).found) if (!gold.has(p) && !theirs.has(p) && judged(reference, p)) console.log(`  wrong (scorer reading, ours only): ${p.split('-').map(Number).map(show).join('  ~  ')}`)
}
const mean = (sum) => (sums.stories ? sum / sums.stories : 0).toFixed(3)
console.log(`mean F1 over the ${sums.stories} reference stories (sample aside): scorer ours ${mean(sums.ours[0])} reference ${mean(sums.own[0])}   exact ours ${mean(sums.ours[1])} reference ${mean(sums.own[1])}`)

/** The reference quotes (placed as score-story places them), groups and texts of one story. */
function readReference(root) {
  const quotes = JSON.parse(fs.readFileSync(path.join(root, 'gold', 'seeds.json'), 'utf8'))
  const story = JSON.parse(fs.readFileSync(path.join(root, 'gold', 'seeds-story.json'), 'utf8'))
  const texts = Object.fromEntries(Object.keys(quotes.articles).map((f) => [f, fs.readFileSync(path.join(root, 'seeds', f), 'utf8')]))
  const located = []
  for (const [file, article] of Object.entries(quotes.articles)) {
    const taken = []
    for (const q of article.quotes) {
      let from = 0
      let start
      if (Number.isInteger(q.start) && texts[file].slice(q.start, q.end) === q.text) start = q.start
      else for (;;) { start = texts[file].indexOf(q.text, from); if (start < 0 || !taken.includes(start)) break; from = start + 1 }
      taken.push(start)
      located.push({file, text: q.text, speaker: q.speaker, start, end: start + q.text.length})
    }
  }
  const keyOf = (m) => {
    const at = Number.isInteger(m.start) ? located.findIndex((l) => l.file === m.file && l.start === m.start) : -1
    return at >= 0 ? at : located.findIndex((l) => l.file === m.file && l.text === m.quote)
  }
  const pairsOf = (groups) => {
    const pairs = new Set()
    for (const g of groups) {
      const keys = g.members.map(keyOf)
      for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (keys[i] !== keys[j]) pairs.add(pairKey(keys[i], keys[j]))
    }
    return pairs
  }
  const unsettled = pairsOf((story.uncertainGroups ?? []).map((g) => ({members: g.members.filter((m) => keyOf(m) >= 0)})))
  const gold = new Set([...pairsOf(story.quoteGroups)].filter((p) => !unsettled.has(p)))
  const grouped = new Set(story.quoteGroups.flatMap((g) => g.members.map(keyOf)))
  return {quotes, story, texts, located, gold, unsettled, grouped}
}

/** A found pair is judged when one of its quotes is in a reference group (as score-story judges). */
function judged(reference, p) {
  return p.split('-').map(Number).some((k) => reference.grouped.has(k))
}

/** Pair precision, recall and F1 of `groups` (lists of {file, start, end}) on one reading. */
function score(reference, groups, exact) {
  const {located, gold, unsettled} = reference
  const stands = (m, l) => m.file === l.file && (exact
    ? Math.abs(m.start - l.start) <= 2 && Math.abs(m.end - l.end) <= 2
    : m.start < l.end && l.start < m.end)
  const found = new Set()
  for (const members of groups) {
    const keys = new Set()
    for (const m of members) located.forEach((l, k) => { if (stands(m, l)) keys.add(k) })
    const list = [...keys]
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) found.add(pairKey(list[i], list[j]))
  }
  for (const p of unsettled) found.delete(p)
  const judgedPairs = [...found].filter((p) => judged(reference, p))
  const precision = judgedPairs.length ? judgedPairs.filter((p) => gold.has(p)).length / judgedPairs.length : 0
  const recall = gold.size ? [...found].filter((p) => gold.has(p)).length / gold.size : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {found, gold, figures: {f1, precision, recall}}
}
