#!/usr/bin/env node
// The CLI on a batch: PolNeAR's 840 training texts written out as files, then
// `corroborate quotes --format jsonl` with 1 and 2 workers: MB/s, speed-up, CPU time
// and peak memory (resident set of the whole process tree, sampled from /proc); then
// two separate one-job processes on half the files each, which is as much as two
// cores give; then the same for the files four times over (warm workers).
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

/** CPU seconds (user + system) a process and its threads have used so far. */
function cpu(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / ticks
  } catch {
    return 0
  }
}
/** Clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const ticks = 100

/** Resident memory of a process and its threads (one process: workers are threads). */
function rss(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024
  } catch {
    return 0
  }
}

function run(jobs, input = folder) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [bin, 'quotes', '--format', 'jsonl', '--jobs', String(jobs), input], {stdio: ['ignore', 'pipe', 'pipe']})
    let out = 0
    let peak = 0
    let used = 0
    let stderr = ''
    child.stdout.on('data', (chunk) => { out += chunk.length })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const timer = setInterval(() => {
      peak = Math.max(peak, rss(child.pid))
      used = Math.max(used, cpu(child.pid))
    }, 25)
    child.on('close', (code) => {
      clearInterval(timer)
      if (code !== 0) reject(new Error(`exit ${code}: ${stderr.slice(0, 500)}`))
      else resolve({jobs, seconds: (performance.now() - started) / 1000, out, peak, cpu: used})
    })
  })
}

/** Best of two runs per job count, after one warm-up run (file cache, code cache). */
async function table(label, input, megabytes) {
  await run(1, input)
  const rows = []
  for (const jobs of [1, 2]) rows.push([await run(jobs, input), await run(jobs, input)].sort((a, b) => a.seconds - b.seconds)[0])
  // The machine's own ceiling: two separate processes, one job each, on half the files each.
  const halves = [0, 1].map((half) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-half-'))
    fs.readdirSync(input).forEach((name, i) => { if (i % 2 === half) fs.copyFileSync(path.join(input, name), path.join(dir, name)) })
    return dir
  })
  const pair = async () => {
    const started = performance.now()
    const both = await Promise.all(halves.map((dir) => run(1, dir)))
    return {jobs: '2 processes', seconds: (performance.now() - started) / 1000, out: both[0].out + both[1].out, peak: both[0].peak + both[1].peak, cpu: both[0].cpu + both[1].cpu}
  }
  rows.push([await pair(), await pair()].sort((a, b) => a.seconds - b.seconds)[0])
  for (const dir of halves) fs.rmSync(dir, {recursive: true, force: true})
  console.log(label)
  console.log('    workers  seconds  MB/s   speed-up  CPU s  cores busy  peak RSS (MB)  output (MB)')
  for (const row of rows) {
    console.log(`${String(row.jobs).padStart(11)}  ${row.seconds.toFixed(2).padStart(7)}  ${(megabytes / row.seconds).toFixed(2).padStart(5)}  ${(rows[0].seconds / row.seconds).toFixed(2).padStart(8)}×  ${row.cpu.toFixed(1).padStart(5)}  ${(row.cpu / row.seconds).toFixed(2).padStart(10)}  ${(row.peak / 1e6).toFixed(0).padStart(13)}  ${(row.out / 1e6).toFixed(2).padStart(11)}`)
  }
}

console.log(`${os.availableParallelism()} cores; 1 worker = the one-job loop on the main thread. CPU s is sampled from /proc (within 25 ms).`)
await table(`${records.length} files, ${(bytes / 1e6).toFixed(2)} MB`, folder, bytes / 1e6)
// The same files four times over: how the pool does once every worker is warm.
const bigger = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-batch4-'))
for (const name of fs.readdirSync(folder)) for (let k = 0; k < 4; k++) fs.copyFileSync(path.join(folder, name), path.join(bigger, `${k}-${name}`))
await table(`\nthe same files 4 times over: ${records.length * 4} files, ${(4 * bytes / 1e6).toFixed(2)} MB`, bigger, 4 * bytes / 1e6)
fs.rmSync(folder, {recursive: true, force: true})
fs.rmSync(bigger, {recursive: true, force: true})
