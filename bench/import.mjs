// Import time of @corroborate/core next to @mozilla/readability's, each in fresh Node
// processes (nothing cached in memory), median of several runs. Build first.
// Usage: node bench/import.mjs [runs]
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const runs = Number(process.argv[2] ?? 7)
const root = fileURLToPath(new URL('..', import.meta.url))
const probe = (name) => `const t = performance.now(); await import(${JSON.stringify(name)}); console.log(performance.now() - t)`

function median(name) {
  const times = []
  for (let i = 0; i < runs; i++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe(name)], {cwd: root, encoding: 'utf8'})))
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

for (const name of ['@corroborate/core', '@mozilla/readability']) {
  console.log(`${name.padEnd(24)} ${median(name).toFixed(0).padStart(5)} ms  (median of ${runs} fresh processes)`)
}
