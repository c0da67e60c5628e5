#!/usr/bin/env node
// The CLI on a batch: PolNeAR's 840 training texts written out as files, then
// `corroborate quotes --format jsonl` with 1 and 2 workers: MB/s, speed-up and
// peak memory (resident set of the whole process tree, sampled from /proc).
//
//   npm run build && node bench/cli-batch.mjs [--data ../shared/data/polnear/train.jsonl]
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.join(here, '..', 'packages', 'cli', 'dist', 'bin.js')
const dataArg = process.argv.indexOf('--data')
const data = dataArg > 0 ? process.argv[dataArg + 1] : path.join(here, '..', '..', 'shared', 'data', 'polnear', 'train.jsonl')
const seen = new Set()
const records = fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .filter((record) => (seen.has(record.filename) ? false : seen.add(record.filename)))
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-batch-'))
let bytes = 0
for (const record of records) {
  fs.writeFileSync(path.join(folder, record.filename.replace(/[^\w.-]/g, '_') + '.txt'), record.text)
  bytes += Buffer.byteLength(record.text)
}

/** Resident memory of a process and its threads (one process: workers are threads). */
function rss(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024
  } catch {
    return 0
  }
}

function run(jobs) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [bin, 'quotes', '--format', 'jsonl', '--jobs', String(jobs), folder], {stdio: ['ignore', 'pipe', 'pipe']})
    let out = 0
    let peak = 0
    let stderr = ''
    child.stdout.on('data', (chunk) => { out += chunk.length })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const timer = setInterval(() => { peak = Math.max(peak, rss(child.pid)) }, 50)
    child.on('close', (code) => {
      clearInterval(timer)
      if (code !== 0) reject(new Error(`exit ${code}: ${stderr.slice(0, 500)}`))
      else resolve({jobs, seconds: (performance.now() - started) / 1000, out, peak})
    })
  })
}

console.log(`${records.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${os.availableParallelism()} cores`)
await run(1)
const rows = []
for (const jobs of [1, 2]) {
  const best = [await run(jobs), await run(jobs)].sort((a, b) => a.seconds - b.seconds)[0]
  rows.push(best)
}
console.log('workers  seconds  MB/s   speed-up  peak RSS (MB)  output (MB)')
for (const row of rows) {
  console.log(`${String(row.jobs).padStart(7)}  ${row.seconds.toFixed(2).padStart(7)}  ${(bytes / 1e6 / row.seconds).toFixed(2).padStart(5)}  ${(rows[0].seconds / row.seconds).toFixed(2).padStart(8)}×  ${(row.peak / 1e6).toFixed(0).padStart(13)}  ${(row.out / 1e6).toFixed(2).padStart(11)}`)
}
fs.rmSync(folder, {recursive: true, force: true})
