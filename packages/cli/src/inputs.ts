import {stat, readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {Io} from './io.js'

/** File extensions read from folders. */
export const articleExtensions = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json']

/** One input: a path as the user gave it (or found in a folder), or `-`. */
export interface Input {
  /** The name to report: the path as given, or `-` for stdin. */
  file: string
  /** Absolute path, or null for stdin. */
  absolute: string | null
}

/** Expand arguments into inputs: files as given, folders (recursively, article extensions), globs, `-`. */
export async function expandInputs(args: readonly string[], io: Io): Promise<{inputs: Input[], problems: string[]}> {
  const inputs: Input[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const push = (file: string, absolute: string | null) => {
    const key = absolute ?? '-'
    if (seen.has(key)) return
    seen.add(key)
    inputs.push({file, absolute})
  }
  for (const arg of args) {
    if (arg === '-') {
      push('-', null)
      continue
    }
    if (isDynamicPattern(arg)) {
      const found = await glob(arg, {cwd: io.cwd, onlyFiles: true, dot: false})
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`)
      for (const file of found.sort()) push(file, path.resolve(io.cwd, file))
      continue
    }
    const absolute = path.resolve(io.cwd, arg)
    let info
    try {
      info = await stat(absolute)
    } catch {
      problems.push(`${arg}: no such file or folder`)
      continue
    }
    if (info.isDirectory()) {
      const files = await walk(absolute)
      if (files.length === 0) problems.push(`${arg}: folder holds no article files (${articleExtensions.join(', ')})`)
      for (const file of files) push(path.join(arg, path.relative(absolute, file)), file)
    } else {
      push(arg, absolute)
    }
  }
  return {inputs, problems}
}

async function walk(folder: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(folder, {withFileTypes: true})
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) out.push(...await walk(full))
    else if (entry.isFile() && articleExtensions.includes(path.extname(entry.name).toLowerCase()) && !/^readme\./i.test(entry.name)) out.push(full)
  }
  return out
}

/** Read an input's bytes, refusing files over `maxBytes` before reading them. */
export async function readInput(input: Input, io: Io, maxBytes: number): Promise<Uint8Array> {
  if (input.absolute === null) {
    const bytes = await io.stdin()
    if (bytes.length > maxBytes) throw new Error(tooLarge(bytes.length, maxBytes))
    return bytes
  }
  const info = await stat(input.absolute)
  if (info.size > maxBytes) throw new Error(tooLarge(info.size, maxBytes))
  return readFile(input.absolute)
}

function tooLarge(size: number, max: number): string {
  return `too large: ${megabytes(size)}, the limit is ${megabytes(max)} (--max-size)`
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`
}
