import type {Parameters} from 'fast-check'

/**
 * Parameters for one `fc.assert`: `numRuns` cases as CI runs them, unless the fuzz script
 * (scripts/fuzz.mjs) asks for more with `FC_RUNS` (cases per property) and a fixed `FC_SEED`.
 * CI sets neither, so its time is unchanged and each run still draws a fresh seed.
 */
export function fuzzRuns<T>(numRuns = 100): Parameters<T> {
  const runs = Number(process.env['FC_RUNS'])
  const seed = Number(process.env['FC_SEED'])
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? Math.max(numRuns, Math.round(runs * weight(numRuns))) : numRuns,
    ...(process.env['FC_SEED'] && Number.isInteger(seed) ? {seed} : {})
  }
}

/** A property CI runs fewer than 100 times is slow per case: the fuzz run gives it a share. */
function weight(numRuns: number): number {
  return Math.min(1, numRuns / 100)
}

/** A test's own time limit as CI runs it; none when the fuzz script asks for more cases (`FC_RUNS`), which take longer by design. */
export function fuzzTimeout(ms: number): number {
  return process.env['FC_RUNS'] ? 0 : ms
}
