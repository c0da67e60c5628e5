#!/usr/bin/env node
// The web app's budget: the gzip size of the JavaScript packages/web/dist loads at
// start (chunks loaded on demand, such as the HTML reader, are listed apart), no
// `eval` in any chunk (a strict Content-Security-Policy rejects it), and, in Chromium,
// the time from navigation to the analysed sample story (the app's
// `corroborate:analysed` performance mark), next to the targets. Chromium is
// PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when set, else /usr/bin/chromium.
//
//   npm run build && npm run web:size [-- --runs 7]
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import {loadavg} from 'node:os'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

const targets = {gzipBytes: 300 * 1024, analysedMs: 1000}
const root = path.join(import.meta.dirname, '..', 'packages', 'web', 'dist')
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || '/usr/bin/chromium'
const runsIndex = process.argv.indexOf('--runs')
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 5

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No build in ${root}: run npm run build first`)
  process.exit(1)
}

// Size: every JavaScript chunk; the ones index.html or the worker load at start, and the rest (loaded on demand).
const assets = path.join(root, 'assets')
const html = readFileSync(path.join(root, 'index.html'), 'utf8')
const chunks = readdirSync(assets).filter((file) => file.endsWith('.js')).map((file) => {
  const code = readFileSync(path.join(assets, file))
  return {file, bytes: code.length, gzip: gzipSync(code, {level: 9}).length}
})
// At start: the chunks index.html names, the workers they start, and what those import statically.
const code = (chunk) => readFileSync(path.join(assets, chunk.file), 'utf8')
const started = new Set(chunks.filter((chunk) => html.includes(chunk.file)))
for (const chunk of started) {
  const text = code(chunk)
  for (const other of chunks) {
    const name = other.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const isStatic = new RegExp(`import(?:[^"';]*?from)?\\s*["']\\./${name}["']`).test(text)
    const isWorker = /worker/.test(other.file) && text.includes(other.file)
    if (isStatic || isWorker) started.add(other)
  }
}
const atStart = (chunk) => started.has(chunk)
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`
console.log('JavaScript in packages/web/dist (gzip -9):')
for (const chunk of chunks.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${chunk.file.padEnd(40)} ${kb(chunk.gzip)} gzip ${kb(chunk.bytes)} raw  ${atStart(chunk) ? 'at start' : 'on demand'}`)
}
const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0)
const start = chunks.filter(atStart).reduce((sum, chunk) => sum + chunk.gzip, 0)
console.log(`  ${'at start'.padEnd(40)} ${kb(start)} gzip   target < ${targets.gzipBytes / 1024} KB  ${start < targets.gzipBytes ? 'ok' : 'OVER'}`)
console.log(`  ${'total, with chunks loaded on demand'.padEnd(40)} ${kb(total)} gzip`)
const withEval = chunks.filter((chunk) => /\beval\s*\(/.test(code(chunk)))
console.log(`  eval( in ${withEval.length === 0 ? 'no chunk   ok' : `${withEval.map((chunk) => chunk.file).join(', ')}   FAIL`}`)
const sizeOk = start < targets.gzipBytes && withEval.length === 0

// Time: a fresh browser context per run, the built app served locally.
if (!existsSync(executablePath)) {
  console.log(`\nLoad time: skipped, ${executablePath} is missing`)
  process.exit(sizeOk ? 0 : 1)
}
const {chromium} = await import('playwright-core')
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'}
const server = createServer((request, response) => {
  const name = decodeURIComponent(new URL(request.url, 'http://localhost').pathname).replace(/^\/$/, '/index.html').slice(1)
  const file = path.resolve(root, name)
  if (!file.startsWith(root + path.sep) || !existsSync(file)) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${server.address().port}/`
const browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
const times = []
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForSelector('#report[data-state="ready"]', {timeout: 60_000})
    times.push(await page.evaluate(() => performance.getEntriesByName('corroborate:analysed')[0].startTime))
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}
const sorted = [...times].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]
console.log(`\nNavigation to the analysed sample story in Chromium, ${runs} runs (load average ${loadavg()[0].toFixed(1)}):`)
console.log(`  runs   ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`)
console.log(`  median ${Math.round(median)} ms   target < ${targets.analysedMs} ms  ${median < targets.analysedMs ? 'ok' : 'OVER'}`)
process.exit(sizeOk && median < targets.analysedMs ? 0 : 1)
