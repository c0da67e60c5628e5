#!/usr/bin/env node
// Growth of parse + entities + quotes + claims on hostile, repetitive inputs: every
// case at 10 KB, 100 KB and 1 MB, each run in a fresh process with a time limit, with
// the seconds and the growth per 10x. Targets (issue "robust under hostile input"):
// every case under 15x per 10x, every 1 MB case under 5 s on one core. A case that
// throws prints the error's name and code (an ArticleError is a clean failure; a
// RangeError is not).
//
// Usage: node bench/hostile.mjs [--sizes 1e4,1e5,1e6] [--only name] [--limit-s 60]
// (needs a built core: npm run build)
import {runCase} from './lib/fresh-process.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const sizes = option('--sizes', '1e4,1e5,1e6').split(',').map(Number)
const only = option('--only', null)
const limitSeconds = Number(option('--limit-s', 60))

/** name → [format, unit repeated to the size, optional prefix and suffix]. */
const cases = {
  'single-quoted words': ['text', "'a' "],
  'curly-quoted words': ['text', '\u201ca\u201d '],
  'tiny paragraphs': ['text', 'a.\n\n'],
  'said repeated': ['text', 'said '],
  'was said repeated': ['text', 'was said '],
  'quote and cue repeated': ['text', '\u201cI think,\u201d John said. '],
  'said John Smith repeated': ['text', 'said John Smith '],
  'names and a place': ['text', 'John Smith met Mary Jones in Paris. '],
  'dates repeated': ['text', 'On Monday, Dec. 29, 2025 at 3 p.m. '],
  'numbers repeated': ['text', 'About 12 people and 3,400 cars. '],
  'U.S. repeated': ['text', 'U.S. '],
  'Mr. repeated': ['text', 'Mr. '],
  'of-chain before said': ['text', 'Alpha of Beta ', '', ' said "yes."'],
  'hyphenated word': ['text', 'ab-', '', 'c.'],
  'markdown *_': ['markdown', '*_'],
  'markdown [a](': ['markdown', '[a]('],
  'markdown > nesting': ['markdown', '>', '', ' a'],
  'nested div': ['html', '<div>', '<html><body>', 'a'],
  'nested table': ['html', '<table><tr><td>', '<html><body>', 'a'],
  'unclosed p': ['html', '<p>a said b. ', '<html><body><article>'],
  'p without numbers': ['html', '<p>The council met and spoke.</p>', '<html><body><article>', '</article></body></html>'],
}

const probe = `
const {parseArticle, findEntities, findQuotes, findClaims} = await import('@corroborate/core')
const start = performance.now()
try {
  const article = parseArticle(input, {format})
  const entities = findEntities(article)
  const quotes = findQuotes(article, {entities})
  findClaims(article, {quotes, entities})
  console.log(JSON.stringify({seconds: (performance.now() - start) / 1000}))
} catch (error) {
  console.log(JSON.stringify({seconds: (performance.now() - start) / 1000, error: error.name + (error.code ? ' ' + error.code : '') + ': ' + String(error.message).slice(0, 80)}))
}`
const run = (spec, size) => runCase(probe, spec, size, limitSeconds)

const label = (size) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`)
console.log(['case'.padEnd(26), ...sizes.map((size) => label(size).padStart(9)), 'worst growth'.padStart(13), ''].join(' '))
let failing = 0
for (const [name, spec] of Object.entries(cases)) {
  if (only && !name.includes(only)) continue
  const results = []
  for (const size of sizes) {
    const result = results.at(-1)?.seconds === Infinity ? {seconds: Infinity, error: 'skipped'} : run(spec, size)
    results.push(result)
  }
  const growth = Math.max(...results.slice(1).map((result, i) => result.seconds / Math.max(results[i].seconds, 0.01)))
  const last = results.at(-1)
  const bad = !(growth < 15) || !(last.seconds < 5) || results.some((result) => result.error && !/^ArticleError/.test(result.error))
  if (bad) failing++
  const cell = (result) => (result.error && !Number.isFinite(result.seconds) ? result.error.slice(0, 9) : `${result.seconds.toFixed(2)} s`).padStart(9)
  console.log([name.padEnd(26), ...results.map(cell), `${growth.toFixed(1)}x`.padStart(13), bad ? ' <- fails' : ''].join(' '))
  for (const result of results) if (result.error && Number.isFinite(result.seconds)) console.log(`${''.padEnd(28)}${result.error}`)
}
console.log(failing ? `${failing} case(s) miss a target (under 15x per 10x, 1 MB under 5 s, no raw error).` : 'Every case within the targets.')
process.exitCode = failing ? 1 : 0
