import {spawnSync} from 'node:child_process'
import path from 'node:path'

/** The built binary, as users run it (`npm run build` first; `npm test` does). */
export const bin = path.join(import.meta.dirname, '..', 'dist', 'bin.js')
export const repoRoot = path.join(import.meta.dirname, '..', '..', '..')

/** Run `corroborate ARGS` and capture exit code, stdout and stderr. */
export function runCli(args: readonly string[], options: {cwd?: string, input?: string | Buffer, env?: Record<string, string>} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env},
    maxBuffer: 1 << 28
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
