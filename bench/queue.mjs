#!/usr/bin/env node
// Articles per second through the distributed mode (BullMQ on Redis) with 1 and 2
// queue workers, next to the one-machine worker pool (`quotes --jobs 1` and
// `--jobs 2`), on the same files in one run.
//
//   npm run build && npm run bench:queue [-- --count 300]
//
// Needs Debian's redis-server on PATH: a throw-away server is started on a free
// port, bound to 127.0.0.1, without persistence. Files are PolNeAR train articles
// written to a temporary folder. Each queue run has a queue name of its own; its
// time runs from starting the workers to the last one leaving an empty queue
// (worker start-up included, as a user would see it).
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createServer} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.join(here, '..', 'packages', 'cli', 'dist', 'bin.js')
const countArg = process.argv.indexOf('--count')
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 300
const redisServer = spawnSync('sh', ['-c', 'command -v redis-server'], {encoding: 'utf8'}).stdout.trim()
if (!redisServer) {
  console.error('bench:queue needs redis-server (apt-get install -y redis-server)')
  process.exit(1)
}

const seen = new Set()
const records = fs.readFileSync(path.join(here, '..', '..', 'shared', 'data', 'polnear', 'train.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line)).filter((record) => (seen.has(record.filename) ? false : seen.add(record.filename))).slice(0, count)
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-bench-'))
for (const [index, record] of records.entries()) fs.writeFileSync(path.join(folder, `${String(index).padStart(4, '0')}.txt`), `${record.title}\n\n${record.text}`)

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const {port: free} = server.address()
    server.close(() => resolve(free))
  })
})
const redis = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {stdio: 'ignore'})
await new Promise((resolve) => setTimeout(resolve, 500))

const cli = (args) => spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', maxBuffer: 1 << 28})
const rows = []
try {
  for (const jobs of [1, 2]) {
    const started = performance.now()
    const result = cli(['quotes', '--format', 'jsonl', '--jobs', String(jobs), '--timeout', '0', folder, '-o', path.join(folder, `pool-${jobs}.jsonl`)])
    if (result.status !== 0) throw new Error(result.stderr)
    rows.push([`worker pool, --jobs ${jobs}`, performance.now() - started])
  }
  for (const workers of [1, 2]) {
    const url = `redis://127.0.0.1:${port}?name=bench${workers}`
    const enqueued = cli(['enqueue', '--queue', url, folder])
    if (enqueued.status !== 0) throw new Error(enqueued.stderr)
    const started = performance.now()
    await Promise.all(Array.from({length: workers}, () => new Promise((resolve) => {
      spawn(process.execPath, [bin, 'worker', '--queue', url, '--exit-when-empty'], {stdio: 'ignore'}).once('exit', resolve)
    })))
    rows.push([`queue, ${workers} worker${workers === 1 ? '' : 's'}`, performance.now() - started])
    const out = path.join(folder, `queue-${workers}.jsonl`)
    cli(['collect', '--queue', url, '-o', out])
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n').length
    if (lines !== records.length) console.warn(`queue run with ${workers} workers collected ${lines} of ${records.length}`)
  }
} finally {
  redis.kill('SIGKILL')
  fs.rmSync(folder, {recursive: true, force: true})
}
console.log(`${records.length} PolNeAR articles, quotes analysis, ${os.availableParallelism()} cores (load ${os.loadavg()[0].toFixed(1)})`)
for (const [name, ms] of rows) console.log(`${name.padEnd(26)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${(records.length / (ms / 1000)).toFixed(1).padStart(7)} articles/s`)
