#!/usr/bin/env node
// Reports of big stories through the real binary: `corroborate report --format json`
// and `--format html` on generated stories of 200 and 1,000 articles (see
// lib/generate-story.mjs), each written with -o to a file; prints wall seconds, peak
// memory (RSS, from /usr/bin/time) and output size. Target (issue "robust under
// hostile and huge input"): both complete at 1,000 articles, and 200 articles' JSON
// under 10 MB.
//
//   npm run build && node bench/big-report.mjs [--sizes 200,1000] [--data FILE]
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defaultData, storyGenerator} from './lib/generate-story.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const sizes = option('--sizes', '200,1000').split(',').map(Number)
const generate = storyGenerator(option('--data', defaultData))
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cli', 'dist', 'bin.js')
const timeBin = '/usr/bin/time'
if (!fs.existsSync(timeBin)) {
  console.error('Needs GNU time at /usr/bin/time (apt-get install -y time) for peak memory')
  process.exit(1)
}

console.log(`load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores`)
console.log('articles  format    seconds   peak RSS    output')
for (const size of sizes) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `corroborate-big-${size}-`))
  for (const {file, text} of generate(size)) fs.writeFileSync(path.join(folder, file), text)
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-big-out-'))
  for (const format of ['json', 'html']) {
    const target = path.join(out, `story.${format}`)
    const started = performance.now()
    // GNU time prints the peak RSS (KB) as the last line of stderr.
    const run = spawnSync(timeBin, ['-f', '%M', process.execPath, bin, 'report', '--format', format, '-j', '2', folder, '-o', target], {encoding: 'utf8', maxBuffer: 1 << 26})
    const seconds = (performance.now() - started) / 1000
    const lines = run.stderr.trim().split('\n')
    const peakKb = Number(lines.pop())
    const failed = run.status === 0 ? '' : lines.slice(-2).join(' ')
    const bytes = fs.existsSync(target) ? fs.statSync(target).size : 0
    const peak = Number.isFinite(peakKb) ? `${(peakKb / 1024).toFixed(0)} MB` : '?'
    console.log(`${String(size).padStart(8)}  ${format.padEnd(6)} ${seconds.toFixed(1).padStart(10)} ${peak.padStart(10)} ${(bytes / 1e6).toFixed(1).padStart(7)} MB${failed ? `  failed: ${failed}` : ''}`)
  }
  fs.rmSync(folder, {recursive: true, force: true})
  fs.rmSync(out, {recursive: true, force: true})
}
