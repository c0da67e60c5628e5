#!/usr/bin/env node
// Accuracy of HTML article extraction, ours against plain Readability, on the
// Readability test pages (../shared/data/readability-pages beside the checkout, or $READABILITY_PAGES).
//
// Body text: F1 over word 4-shingles, the article-extraction-benchmark metric: text
// lowercased, split into \w+ tokens (Unicode letters, digits, _), shingles counted as
// a multiset (a shingle that appears twice counts twice), precision and recall of the
// overlap. Expected text is expected.html; tags of block elements become spaces so
// that neighbouring paragraphs do not glue words together (same for Readability's
// output). "ours" is the story text (non-boilerplate blocks); "ours+bp" adds the
// boilerplate blocks (captions, related links…) to show what classifying them costs.
//
// Metadata: title, byline and published date against expected-metadata.json, over
// the pages whose expected value is non-empty; compared after trimming, collapsing
// spaces and lower-casing (bylines also drop a leading "By "); dates by calendar
// day, or as the same instant when both carry a time zone.
//
// Zyte benchmark (../shared/data/zyte or $ZYTE_PAGES): see eval-html/zyte.mjs; the
// benchmark's metric is case-sensitive and averages precision and recall over pages.
//
// Usage: npm run eval:html [-- --verbose] [-- --only readability|zyte]
//   (needs a built core: npx turbo run build --filter=@corroborate/core)
// $CORROBORATE_CORE may point at another build of core (a path to an ES module).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseHTML} from 'linkedom'
import {Readability} from '@mozilla/readability'
import {shingles as shinglesOf} from './eval-html/shingles.mjs'
import {evalZyte, printZyte} from './eval-html/zyte.mjs'
import {declaredAuthors, missClass, notOnlyAName} from './eval-html/meta-miss.mjs'

const {parseArticle, decodeText} = process.env.CORROBORATE_CORE
  ? await import(pathToFileURL(process.env.CORROBORATE_CORE).href)
  : await import('@corroborate/core')
const root = process.env.READABILITY_PAGES ?? fileURLToPath(new URL('../../shared/data/readability-pages', import.meta.url))
const zyteRoot = process.env.ZYTE_PAGES ?? fileURLToPath(new URL('../../shared/data/zyte', import.meta.url))
const verbose = process.argv.includes('--verbose')
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
const index = only === 'zyte' ? [] : JSON.parse(readFileSync(join(root, 'INDEX.json'), 'utf8'))

const blockTags = /<\/?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|blockquote|figure|figcaption|section|article|header|footer|aside|pre|dd|dt|dl|main|nav)\b[^>]*>/gi

/** The text of an HTML fragment, with block boundaries as spaces. */
function fragmentText(html) {
  const {document} = parseHTML(`<!DOCTYPE html><html><head></head><body>${html.replace(blockTags, ' ')}</body></html>`)
  return document.body.textContent ?? ''
}

const shingles = (text) => shinglesOf(text, {lower: true})

function f1(got, expected) {
  const a = shingles(got)
  const b = shingles(expected)
  let overlap = 0
  let totalA = 0
  let totalB = 0
  for (const count of a.values()) totalA += count
  for (const [key, count] of b) {
    totalB += count
    overlap += Math.min(count, a.get(key) ?? 0)
  }
  if (totalA === 0 && totalB === 0) return 1
  if (totalA === 0 || totalB === 0 || overlap === 0) return 0
  const precision = overlap / totalA
  const recall = overlap / totalB
  return (2 * precision * recall) / (precision + recall)
}

function readabilityText(html) {
  try {
    const {document} = parseHTML(html)
    const result = new Readability(document).parse()
    return result?.content ? fragmentText(result.content) : ''
  } catch {
    return ''
  }
}

const norm = (value) => String(value ?? '').replace(/\s+/g, ' ').trim().toLowerCase()
const normByline = (value) => norm(value).replace(/^by\s+/, '')
function day(value) {
  const text = String(value ?? '').trim()
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(text)
  if (iso) return iso[0]
  const time = Date.parse(text)
  return Number.isNaN(time) ? text : new Date(time).toISOString().slice(0, 10)
}

/** Two date-times with offsets that name the same moment ("…17:18-08:00" and "…01:18Z" next day). */
function sameInstant(a, b) {
  const zoned = /T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/
  if (!zoned.test(String(a ?? '')) || !zoned.test(String(b ?? ''))) return false
  return Date.parse(a) === Date.parse(b)
}

const rows = []
// Per field: matched, pages with an expected value, misses set aside (see eval-html/meta-miss.mjs).
const fields = {title: [0, 0, 0], byline: [0, 0, 0], published: [0, 0, 0]}
const misses = []
const missClasses = new Map()
const matchedNotNames = []
for (const entry of index) {
  const dir = join(root, entry.dir)
  const source = readFileSync(join(dir, 'source.html'), 'utf8')
  const expectedText = fragmentText(readFileSync(join(dir, 'expected.html'), 'utf8'))
  const expectedMeta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'))
  let article = null
  let error = null
  try {
    article = parseArticle(source, {format: 'html'})
  } catch (caught) {
    error = caught
  }
  const story = article ? article.blocks.filter((block) => block.kind !== 'boilerplate').map((block) => block.text).join('\n\n') : ''
  const ours = f1(story, expectedText)
  const oursAll = f1(article?.text ?? '', expectedText)
  const theirs = f1(readabilityText(source), expectedText)
  rows.push({dir: entry.dir, ours, oursAll, theirs, error: error ? `${error.name}: ${error.code ?? ''}` : ''})
  const checks = [
    ['title', expectedMeta.title, article?.title, norm],
    ['byline', expectedMeta.byline, article?.byline, normByline],
    ['published', expectedMeta.publishedTime, article?.published, day]
  ]
  for (const [field, want, got, normal] of checks) {
    if (!want || String(want).trim() === '') continue
    fields[field][1]++
    if (normal(want) === normal(got) || (field === 'published' && sameInstant(want, got))) {
      fields[field][0]++
      if (field === 'byline' && notOnlyAName(want)) matchedNotNames.push(`${entry.dir}: ${JSON.stringify(normByline(want))}`)
    } else {
      const authors = field === 'byline' ? declaredAuthors(parseHTML(source).document) : []
      const why = field === 'published' ? {label: 'other', setAside: false} : missClass(field, want, got, expectedMeta, authors)
      if (why.setAside) fields[field][2]++
      const key = `${field}: ${why.setAside ? 'set aside: ' : ''}${why.label}`
      missClasses.set(key, (missClasses.get(key) ?? 0) + 1)
      misses.push(`  ${field.padEnd(9)} ${entry.dir}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}${why.label === 'other' ? '' : ` (${why.setAside ? 'set aside: ' : ''}${why.label})`}`)
    }
  }
}

if (index.length > 0) printReadability()
if (only !== 'readability') {
  if (index.length > 0) console.log('')
  const story = (article) => article.blocks.filter((block) => block.kind !== 'boilerplate').map((block) => block.text).join('\n\n')
  const zyte = evalZyte(zyteRoot, {
    decode: decodeText,
    ours: (html) => {
      const article = parseArticle(html, {format: 'html'})
      return {story: story(article), all: article.text}
    },
    theirs: readabilityText
  })
  printZyte(zyte, zyteRoot, verbose)
}

function printReadability() {
const mean = (key) => rows.reduce((sum, row) => sum + row[key], 0) / rows.length
const fixed = (value) => value.toFixed(3)
console.log(`Body text F1 (4-word shingles, multiset) on ${rows.length} pages of ${root}`)
console.log('')
console.log('| page | ours | ours+bp | readability | diff |')
console.log('| --- | --- | --- | --- | --- |')
for (const row of rows) {
  const diff = row.ours - row.theirs
  if (verbose || Math.abs(diff) > 0.05 || row.error) {
    console.log(`| ${row.dir}${row.error ? ` (${row.error})` : ''} | ${fixed(row.ours)} | ${fixed(row.oursAll)} | ${fixed(row.theirs)} | ${diff >= 0 ? '+' : ''}${fixed(diff)} |`)
  }
}
console.log(`| **mean** | **${fixed(mean('ours'))}** | ${fixed(mean('oursAll'))} | **${fixed(mean('theirs'))}** | ${fixed(mean('ours') - mean('theirs'))} |`)
const wins = rows.filter((row) => row.ours > row.theirs + 0.05).length
const losses = rows.filter((row) => row.ours < row.theirs - 0.05).length
console.log(`better by > 0.05 on ${wins} pages, worse by > 0.05 on ${losses}`)
console.log('')
// Raw: against every expected value. Set aside: without the misses whose expected
// value is one of Readability's conventions that issue 17 rules out (the site's name
// kept in a title, the publisher or a date line as byline, another story's byline)
// while ours is what the rules ask for; each such miss is listed below with its class.
const percent = (hit, total) => `${(total ? (100 * hit) / total : 0).toFixed(1)}%`
console.log('| field | matched | pages with it | rate (raw) | set aside | rate without them |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [field, [hit, total, aside]] of Object.entries(fields)) console.log(`| ${field} | ${hit} | ${total} | ${percent(hit, total)} | ${aside} | ${percent(hit, total - aside)} |`)
if (missClasses.size > 0) {
  console.log('')
  console.log('Metadata misses by class ("set aside": the reference follows a convention issue 17 rules out, ours follows the rule):')
  for (const [label, count] of [...missClasses].sort()) console.log(`  ${count} ${label}`)
}
if (matchedNotNames.length > 0) {
  console.log('')
  console.log(`${matchedNotNames.length} matched bylines hold more than a name (a date line, a count, a button's words); counted as matched in both figures:`)
  for (const line of matchedNotNames) console.log(`  ${line}`)
}
if (verbose || misses.length <= 40) {
  console.log('')
  console.log('Metadata mismatches:')
  for (const line of misses) console.log(line)
}
}
