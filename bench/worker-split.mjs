#!/usr/bin/env node
// Would a second analysis worker make the web app's first analysis sooner? On a first
// visit most of an analysis is V8 compiling and warming code, once per worker, so
// splitting the work can cost as much as it saves. This times three ways of analysing
// a story on worker threads, in each thread's own CPU time (Linux schedstat, which a
// loaded machine inflates far less than wall time), and prints the critical path as
// if each thread had a core of its own (a quiet two-core machine), and the CPU of all threads:
// - one:      one worker reads every article (claims of dated ones) and compares, as the app does;
// - split:    two workers each read about half the articles (claims against the story's
//             date), the helper posts its records to the first, which compares;
// - pipeline: the first parses, finds entities and quotes and posts each article to
//             the helper, which finds its claims and posts them back; the first compares.
// Each run is a fresh process (cold code). Build core first.
//
//   node bench/worker-split.mjs [--runs 5] [--dir seeds]
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'

const root = path.join(import.meta.dirname, '..')
const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6

if (isMainThread && !process.argv.includes('--child')) {
  const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
  const runs = Number(option('--runs', 5))
  const dir = path.resolve(option('--dir', path.join(root, 'seeds')))
  const results = {one: [], split: [], pipeline: []}
  // Interleaved, so that the machine's load falls on every way alike.
  for (let run = 0; run < runs; run++) {
    for (const mode of Object.keys(results)) {
      results[mode].push(JSON.parse(execFileSync(process.execPath, [import.meta.filename, '--child', mode, dir], {encoding: 'utf8'})))
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  console.log(`${path.relative(root, dir) || '.'}, ${runs} cold runs each (thread CPU ms, medians):`)
  for (const [mode, rows] of Object.entries(results)) {
    console.log(`  ${mode.padEnd(9)} critical path ${String(Math.round(median(rows.map((row) => row.path)))).padStart(5)}   all threads ${String(Math.round(median(rows.map((row) => row.total)))).padStart(5)}`)
  }
} else if (isMainThread) {
  const [mode, dir] = process.argv.slice(process.argv.indexOf('--child') + 1)
  const files = readdirSync(dir).filter((file) => /\.(txt|md)$/.test(file) && file !== 'README.md').sort()
  const texts = files.map((file) => readFileSync(path.join(dir, file), 'utf8'))
  // The split: longest first, each to the share with less text so far.
  const own = []
  const theirs = []
  let ownChars = 0
  let theirChars = 0
  for (const {index, size} of texts.map((text, index) => ({index, size: text.length})).sort((a, b) => b.size - a.size)) {
    if (ownChars <= theirChars) {
      own.push(index)
      ownChars += size
    } else {
      theirs.push(index)
      theirChars += size
    }
  }
  const start = (role) => new Worker(import.meta.filename, {workerData: {role, mode, files, texts, own, theirs}})
  const first = start('first')
  const helper = mode === 'one' ? null : start('helper')
  const channel = new MessageChannel()
  first.postMessage({port: channel.port1}, [channel.port1])
  helper?.postMessage({port: channel.port2}, [channel.port2])
  const done = await Promise.all([first, helper].filter(Boolean).map((worker) => new Promise((resolve) => worker.once('message', resolve))))
  const [a, b] = done.sort((x, y) => (x.role === 'first' ? -1 : 1) - (y.role === 'first' ? -1 : 1))
  let critical = a.ready
  if (mode === 'split') critical = Math.max(a.ready, b.ready)
  if (mode === 'pipeline') {
    // The helper finds an article's claims once it is posted and the helper is free.
    let free = b.loaded
    b.claims.forEach((ms, k) => (free = Math.max(free, a.posted[k]) + ms))
    critical = Math.max(a.ready, free)
  }
  console.log(JSON.stringify({path: critical + a.compare, total: a.total + (b?.total ?? 0)}))
  process.exit(0)
} else {
  // The story's date (compareArticles' default reference, not exported by core): the
  // published day most dated articles share, the earliest on a tie.
  const storyDate = (articles) => {
    const counts = new Map()
    for (const day of articles.map((article) => article.published?.slice(0, 10)).filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day ?? ''))) counts.set(day, (counts.get(day) ?? 0) + 1)
    return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? null
  }
  const core = await import(path.join(root, 'packages', 'core', 'dist', 'index.js'))
  const {role, mode, files, texts, own, theirs} = workerData
  const port = await new Promise((resolve) => parentPort.once('message', (message) => resolve(message.port)))
  const parse = (index) => core.parseArticle(texts[index], {fileName: files[index], metadata: {outlet: `Outlet ${index + 1}`}})
  const claimsOf = (article, quotes, entities, reference) => core.findClaims(article, {quotes, entities, ...(article.published ? {} : {reference})})
  const read = (article, index, reference) => {
    const entities = core.findEntities(article)
    const quotes = core.findQuotes(article)
    const claims = mode === 'one' ? (article.published ? core.findClaims(article, {quotes, entities}) : undefined) : claimsOf(article, quotes, entities, reference)
    return {file: files[index], article, entities, quotes, ...(claims ? {claims} : {})}
  }
  if (role === 'helper') {
    const loaded = cpu()
    if (mode === 'split') {
      const articles = texts.map((_, index) => parse(index))
      const reference = storyDate(articles)
      port.postMessage(theirs.map((index) => [index, read(articles[index], index, reference)]))
      parentPort.postMessage({role, ready: cpu(), total: cpu()})
    } else {
      const claims = []
      let reference = null
      port.on('message', ({index, article, quotes, entities, date}) => {
        if (date !== undefined) return void (reference = date)
        const before = cpu()
        port.postMessage({index, claims: claimsOf(article, quotes, entities, reference)})
        claims.push(cpu() - before)
        if (claims.length === texts.length) parentPort.postMessage({role, loaded, claims, total: cpu()})
      })
    }
  } else {
    const articles = texts.map((_, index) => parse(index))
    const reference = storyDate(articles)
    const records = []
    const posted = []
    if (mode === 'pipeline') port.postMessage({date: reference})
    for (const index of mode === 'split' ? own : articles.keys()) {
      if (mode !== 'pipeline') records[index] = read(articles[index], index, reference)
      else {
        const [entities, quotes] = [core.findEntities(articles[index]), core.findQuotes(articles[index])]
        records[index] = {file: files[index], article: articles[index], entities, quotes}
        port.postMessage({index, article: articles[index], quotes, entities})
        posted.push(cpu())
      }
    }
    const ready = cpu()
    if (mode !== 'one') {
      await new Promise((resolve) => {
        let waiting = mode === 'split' ? 1 : texts.length
        port.on('message', (message) => {
          if (Array.isArray(message)) for (const [index, record] of message) records[index] = record
          else records[message.index].claims = message.claims
          if (--waiting === 0) resolve()
        })
      })
    }
    core.compareArticles(records)
    // CPU time stands still while a thread waits: this is reading the helper's posts, and comparing.
    parentPort.postMessage({role, ready, posted, compare: cpu() - ready, total: cpu()})
  }
}
