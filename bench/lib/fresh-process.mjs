// One case of a growth bench, run in a fresh Node process with a time limit: the
// input is built in that process (a unit repeated to the size, between a prefix and a
// suffix) and the probe prints one JSON line. Shared by bench/hostile.mjs and
// bench/pathological.mjs.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Probe source that reads `[format, unit, prefix, suffix, size, ...rest]` from argv and builds `input`. */
export const buildInput = `
const [format, unit, prefix, suffix, size, ...rest] = JSON.parse(process.argv[1])
const body = unit.repeat(Math.max(1, Math.floor((size - prefix.length - suffix.length) / unit.length)))
const input = prefix + body + suffix
`

/**
 * Run `probe` (after `buildInput`) on one case and size.
 * @returns The probe's last JSON line, or `{seconds: Infinity, error}` past the limit, `{seconds: NaN, error}` on a crash.
 */
export function runCase(probe, [format, unit, prefix = '', suffix = ''], size, limitSeconds, ...rest) {
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', buildInput + probe, JSON.stringify([format, unit, prefix, suffix, size, ...rest])], {cwd: root, encoding: 'utf8', timeout: limitSeconds * 1000, maxBuffer: 1 << 20})
    return JSON.parse(out.trim().split('\n').pop())
  } catch (error) {
    return error.signal === 'SIGTERM' ? {seconds: Infinity, error: `over ${limitSeconds} s`} : {seconds: NaN, error: String(error.stderr ?? error.message).split('\n').find((line) => /Error/.test(line)) ?? 'crashed'}
  }
}
