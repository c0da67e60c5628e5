#!/usr/bin/env node
// Growth of parsing (parseArticle, then the article's sentences) on pathological
// inputs built in memory at 1, 2 and 5 MB: every case in a fresh process with a time
// limit, printing CPU seconds (user + system, steadier than wall time on a shared
// machine) and the growth from the first size to the last. Linear growth is 5x from
// 1 MB to 5 MB; the target is every case under ~7x and 5 MB within a few seconds, or
// a clean `ArticleError` (a RangeError or a timeout is a failure).
//
// Usage: node bench/pathological.mjs [--sizes 1e6,2e6,5e6] [--only name] [--limit-s 120]
// [--core path/to/core/dist/index.js] (another build, to compare)
// (needs a built core: npm run build). See bench/hostile.mjs for quotes, entities
// and claims on repetitive text.
import {runCase} from './lib/fresh-process.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const sizes = option('--sizes', '1e6,2e6,5e6').split(',').map(Number)
const only = option('--only', null)
const limitSeconds = Number(option('--limit-s', 120))
const core = option('--core', '@corroborate/core')

/** name → [format, unit repeated to the size, prefix, suffix]. */
const cases = {
  'No. 2 repeated': ['text', 'No. 2 '],
  'one long word': ['text', 'a'],
  'one paragraph': ['text', 'The council met and spoke at length. '],
  'tiny paragraphs': ['text', 'Short one.\n\n'],
  'unclosed quotes': ['text', '\u201cThe plan works, '],
  'unclosed straight quotes': ['text', '"The plan works, '],
  'markdown table': ['markdown', '| a said b | 12 |\n', '# Title\n\n| name | count |\n| --- | --- |\n'],
  'json huge string': ['json', 'The council met and spoke. ', '{"title": "A title", "text": "', '"}'],
  'json one long word': ['json', 'a', '{"text": "', '"}'],
  'html unclosed p': ['html', '<p>a said b. ', '<html><body><article>'],
  'html closed p': ['html', '<p>The council met and spoke.</p>', '<html><body><article>', '</article></body></html>'],
  'html nested table': ['html', '<table><tr><td>', '<html><body>', 'a'],
  'html nested div': ['html', '<div>', '<html><body>', 'a'],
  'html nested div text': ['html', '<div>a said b. ', '<html><body>'],
  'html one long text': ['html', 'a', '<html><body><article><p>', '</p></article></body></html>'],
  'html unclosed b': ['html', '<b>a said b. ', '<html><body><article><p>'],
  'html many attributes': ['html', ' a="b"', '<html><body><article><p', '>Text said here.</p></article></body></html>']
}

const probe = `
const [core] = rest
const {parseArticle} = await import(core)
const before = process.cpuUsage()
const seconds = () => { const used = process.cpuUsage(before); return (used.user + used.system) / 1e6 }
try {
  const article = parseArticle(input, {format})
  const sentences = article.sentences.length
  console.log(JSON.stringify({seconds: seconds(), blocks: article.blocks.length, sentences}))
} catch (error) {
  console.log(JSON.stringify({seconds: seconds(), error: error.name + (error.code ? ' ' + error.code : '') + ': ' + String(error.message).slice(0, 90)}))
}`
const run = (spec, size) => runCase(probe, spec, size, limitSeconds, core)

const label = (size) => `${size / 1e6} MB`
console.log(['case'.padEnd(26), ...sizes.map((size) => label(size).padStart(9)), 'growth'.padStart(8), 'linear'.padStart(7), ''].join(' '))
let failing = 0
for (const [name, spec] of Object.entries(cases)) {
  if (only && !name.includes(only)) continue
  const results = []
  for (const size of sizes) results.push(results.at(-1)?.seconds === Infinity ? {seconds: Infinity, error: 'skipped'} : run(spec, size))
  const growth = results.at(-1).seconds / Math.max(results[0].seconds, 0.01)
  const linear = sizes.at(-1) / sizes[0]
  const bad = !(growth < linear * 1.4) || results.some((result) => result.error && !/^ArticleError/.test(result.error))
  if (bad) failing++
  const cell = (result) => (Number.isFinite(result.seconds) ? `${result.seconds.toFixed(2)} s` : result.error.slice(0, 9)).padStart(9)
  console.log([name.padEnd(26), ...results.map(cell), `${growth.toFixed(1)}x`.padStart(8), `${linear.toFixed(1)}x`.padStart(7), bad ? ' <- superlinear or failing' : ''].join(' '))
  const errors = new Set(results.filter((result) => result.error && Number.isFinite(result.seconds)).map((result) => result.error))
  for (const error of errors) console.log(`${''.padEnd(28)}${error}`)
}
console.log(failing ? `${failing} case(s) grow faster than the input or fail without an ArticleError.` : 'Every case grows about linearly.')
process.exitCode = failing ? 1 : 0
