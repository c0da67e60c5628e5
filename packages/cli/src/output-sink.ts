import {createWriteStream, openSync} from 'node:fs'
import {rename, rm} from 'node:fs/promises'
import path from 'node:path'
import type {Io} from './io.js'
import {plainError} from './plain-error.js'

/** Where a command's output goes. */
export interface Sink {
  write: (text: string) => void
  /** Resolves once the destination can take more, so a report written in pieces stays bounded in memory. */
  drain: () => Promise<void>
  /** Finish: a file output is moved into place only now. Rejects with a clear reason (a full disk, say). */
  close: () => Promise<void>
  /** Give up: a file output is removed and any existing file of that name is left as it was. */
  abort: () => Promise<void>
}

/**
 * Standard output (no `-o`, or `-o -`), or a file written under a temporary name in
 * its folder and renamed over the target on success: an existing report is never
 * emptied by a run that fails, and a reader never sees half a file.
 */
export function openSink(output: string | undefined, io: Io): Sink | string {
  if (output === undefined || output === '-') return {write: (text) => { if (text) io.stdout(text) }, drain: () => io.drain?.() ?? Promise.resolve(), close: async () => {}, abort: async () => {}}
  const target = path.resolve(io.cwd, output)
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`)
  let fd: number
  try {
    // Opened now, so a folder that cannot be written fails before the work, not after.
    fd = openSync(temporary, 'w')
  } catch (error) {
    return plainError(error as Error)
  }
  const stream = createWriteStream(temporary, {fd})
  let failure: Error | null = null
  stream.on('error', (error) => { failure ??= error })
  const ended = () => new Promise<void>((resolve) => {
    if (stream.closed || stream.destroyed) resolve()
    else stream.end(() => resolve())
  })
  return {
    write: (text) => { if (text && !failure) stream.write(text) },
    drain: () => (stream.writableNeedDrain && !failure ? new Promise<void>((resolve) => {
      const done = () => { stream.off('drain', done); stream.off('error', done); resolve() }
      stream.on('drain', done).on('error', done)
    }) : Promise.resolve()),
    async close() {
      await ended()
      if (failure) {
        await rm(temporary, {force: true})
        throw new Error(plainError(failure))
      }
      await rename(temporary, target)
    },
    async abort() {
      await ended()
      await rm(temporary, {force: true})
    }
  }
}
