#!/usr/bin/env node
// Profiles the web app's analysis worker in Chromium while it analyses the sample
// story at start (the path `npm run web:size` times): a CPU profile of the worker
// from its first line to the analysed story, summarised by self time per function
// and per source file. Build first; the worker's source map names the files.
// With --page, the page's main thread instead, from navigation to the analysed story:
// its JavaScript by function, and Chromium's own work (parsing, style, layout, paint)
// as "(program)".
//
//   npm run build && node scripts/web-size-profile.mjs [--runs 3] [--page] [--out worker.cpuprofile] [--rows 30]
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import {SourceMap} from 'node:module'
import {loadavg} from 'node:os'
import path from 'node:path'

const root = path.join(import.meta.dirname, '..', 'packages', 'web', 'dist')
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || '/usr/bin/chromium'
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
/** Source maps of the built chunks, by file name, to name minified frames by their source file and line. */
const maps = new Map()

const {chromium} = await import('playwright-core')
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'}
const server = createServer((request, response) => {
  const name = decodeURIComponent(new URL(request.url, 'http://localhost').pathname).replace(/^\/$/, '/index.html').slice(1)
  // An empty page of the app's origin, where --page starts the profiler.
  if (name === 'profile-start') return response.writeHead(200, {'content-type': types['.html']}).end('<!doctype html><title>profile</title>')
  const file = path.resolve(root, name)
  if (!file.startsWith(root + path.sep) || !existsSync(file)) return response.writeHead(404).end()
  response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${server.address().port}/`
const browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
try {
  const runs = Number(option('--runs', 1))
  const profiles = []
  for (let run = 0; run < runs; run++) {
    const {profile, analysed} = await (args.includes('--page') ? profilePage() : profileOnce())
    console.log(`run ${run + 1}: analysed at ${Math.round(analysed)} ms (profiled, load average ${loadavg()[0].toFixed(1)})`)
    profiles.push(profile)
  }
  const out = option('--out', null)
  if (out) writeFileSync(out, JSON.stringify(profiles.length === 1 ? profiles[0] : profiles))
  summarise(profiles, Number(option('--rows', 30)))
} finally {
  await browser.close()
  server.close()
}

/** One fresh context: the worker's CPU profile from its start to the analysed sample story. */
async function profileOnce() {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  // The worker is a child target: attach to it paused, start its profiler, then let it run.
  let id = 0
  const pending = new Map()
  let worker = null
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const messageId = ++id
    pending.set(messageId, {resolve, reject})
    void cdp.send('Target.sendMessageToTarget', {sessionId: worker, message: JSON.stringify({id: messageId, method, params})})
  })
  cdp.on('Target.receivedMessageFromTarget', ({message}) => {
    const data = JSON.parse(message)
    const waiting = pending.get(data.id)
    if (!waiting) return
    pending.delete(data.id)
    if (data.error) waiting.reject(new Error(data.error.message))
    else waiting.resolve(data.result)
  })
  const attached = new Promise((resolve) => {
    cdp.on('Target.attachedToTarget', async ({sessionId, targetInfo}) => {
      if (targetInfo.type !== 'worker') return
      worker = sessionId
      await send('Profiler.enable')
      await send('Profiler.setSamplingInterval', {interval: Number(option('--interval', 250))})
      await send('Profiler.start')
      await send('Runtime.runIfWaitingForDebugger')
      resolve()
    })
  })
  await cdp.send('Target.setAutoAttach', {autoAttach: true, waitForDebuggerOnStart: true, flatten: false})
  await page.goto(url)
  await attached
  const analysed = await analysedStory(page)
  const {profile} = await send('Profiler.stop')
  await context.close()
  return {profile, analysed}
}

/**
 * One fresh context: the page's main-thread CPU profile from navigation to the analysed
 * sample story. The profiler starts on an empty page of the same origin, so
 * that the navigation to the app stays in the profiled renderer.
 */
async function profilePage() {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${url}profile-start`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', {interval: Number(option('--interval', 250))})
  await cdp.send('Profiler.start')
  await page.goto(url)
  const analysed = await analysedStory(page)
  const {profile} = await cdp.send('Profiler.stop')
  await context.close()
  return {profile, analysed}
}

/** When the sample story is on the page: ms from navigation, by the app's own mark. */
async function analysedStory(page) {
  // In the page, not with waitForSelector: Playwright's injected script would compile on the page's thread meanwhile.
  await page.evaluate(() => new Promise((resolve) => {
    const ready = () => document.querySelector('#report[data-state="ready"]')
    if (ready()) return resolve()
    new MutationObserver((_, observer) => {
      if (!ready()) return
      observer.disconnect()
      resolve()
    }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-state']})
  }))
  return page.evaluate(() => performance.getEntriesByName('corroborate:analysed')[0].startTime)
}

function original(frame) {
  const file = path.basename(frame.url)
  if (!file.endsWith('.js')) return null
  if (!maps.has(file)) {
    const map = path.join(root, 'assets', `${file}.map`)
    maps.set(file, existsSync(map) ? new SourceMap(JSON.parse(readFileSync(map, 'utf8'))) : null)
  }
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber)
  if (!entry?.originalSource) return null
  const source = entry.originalSource.replace(/^.*?(node_modules\/|packages\/)/, '$1')
  return {source, line: entry.originalLine + 1, name: entry.name}
}

/** Self time by function and by file, averaged over the profiles. */
function summarise(profiles, rows) {
  const self = new Map()
  const byFile = new Map()
  let total = 0
  for (const profile of profiles) {
    total += (profile.endTime - profile.startTime) / 1000 / profiles.length
    addProfile(profile, self, byFile, 1 / profiles.length)
  }
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)
  console.log(`${args.includes('--page') ? 'page main thread, from navigation' : 'worker, from its start'} to the analysed story: ${total.toFixed(0)} ms${profiles.length > 1 ? ` (mean of ${profiles.length} runs)` : ''}`)
  for (const [name, ms] of top(self)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`)
  console.log('by file (or package):')
  for (const [name, ms] of top(byFile)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`)
}

function addProfile(profile, self, byFile, weight) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const counts = new Map()
  for (const sample of profile.samples) counts.set(sample, (counts.get(sample) ?? 0) + 1)
  const interval = weight * (profile.endTime - profile.startTime) / 1000 / profile.samples.length
  for (const [nodeId, count] of counts) {
    const {callFrame: frame} = nodes.get(nodeId)
    const at = original(frame)
    const where = at ? `${at.source}:${at.line} ${frame.functionName}` : `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}`
    self.set(where, (self.get(where) ?? 0) + count * interval)
    const file = at ? at.source.replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, '$1') : frame.url.startsWith('http') ? path.basename(frame.url) : frame.functionName.startsWith('RegExp') ? '(regexp)' : frame.functionName
    byFile.set(file, (byFile.get(file) ?? 0) + count * interval)
  }
}
