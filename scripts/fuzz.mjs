#!/usr/bin/env node
// Runs every property test (each file with `fc.assert`) far longer than CI does, with fixed
// seeds, so a counterexample a random CI seed would hit one day turns up here first.
//   node scripts/fuzz.mjs [--runs 50000] [--seeds 1,2,3] [test files…]
// --runs is the cases per property (a property CI runs fewer than 100 times, being slow per
// case, gets that share of it: see packages/core/test/helpers/fuzz-runs.ts). A failure prints
// fast-check's shrunk counterexample and its seed; rerun with that --seeds to reproduce it.
import {execFileSync, spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {runs: {type: 'string', default: '50000'}, seeds: {type: 'string', default: '1'}}
})
const files = positionals.length > 0
  ? positionals
  : execFileSync('git', ['grep', '-l', 'fc.assert', '--', 'packages/*/test/**/*.test.ts'], {encoding: 'utf8'}).trim().split('\n')

let failed = 0
for (const seed of values.seeds.split(',')) {
  const started = Date.now()
  const run = spawnSync('npx', ['vitest', 'run', '--testTimeout=0', '--reporter=verbose', ...files], {
    stdio: 'inherit',
    env: {...process.env, FC_RUNS: values.runs, FC_SEED: seed}
  })
  console.log(`seed ${seed}, ${values.runs} cases per property: ${run.status === 0 ? 'pass' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (run.status !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0
