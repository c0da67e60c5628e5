#!/usr/bin/env node
import {main} from './main.js'

const chunks: Buffer[] = []
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `corroborate … | head` closes the pipe early: not a failure.
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  drain: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
  stderr: (text) => void process.stderr.write(text),
  stdin: async (limit) => {
    let total = 0
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer)
      total += (chunk as Buffer).length
      if (total > limit) break
    }
    return Buffer.concat(chunks)
  },
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns
}).then((code) => {
  process.exitCode = code
}, (error: unknown) => {
  process.stderr.write(`corroborate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exitCode = 1
})
