import {readFile, readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {ArticleMetadata} from '@corroborate/core'
import {parse as parseYaml} from 'yaml'
import type {Io} from './io.js'
import {plainError} from './plain-error.js'

/** File extensions read from folders. */
export const articleExtensions = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json']

/** One input: a path as the user gave it (or found in a folder), or `-`. */
export interface Input {
  /** The name to report: the path as given, or `-` for stdin. */
  file: string
  /** Absolute path, or null for stdin. */
  absolute: string | null
  /** Metadata a story manifest gives for it. */
  metadata?: ArticleMetadata
}

/** How arguments are read. */
export interface ExpandOptions {
  /** Read arguments that do not name an existing path as glob patterns. Default true. */
  readonly glob?: boolean
  /** Let a manifest name files outside its own folder. Default false. */
  readonly allowOutside?: boolean
}

/**
 * Expand arguments into inputs: files as given, folders (recursively, article
 * extensions), globs, `-`, and story manifests (`*.yaml`, `*.yml`, or JSON with an
 * `articles` list) naming files with their outlet, url and date.
 */
export async function expandInputs(args: readonly string[], io: Io, options: ExpandOptions = {}): Promise<{inputs: Input[], problems: string[], /** Worth telling, not failures. */ notes: string[]}> {
  const inputs: Input[] = []
  const problems: string[] = []
  const notes: string[] = []
  const seen = new Set<string>()
  const push = (file: string, absolute: string | null, metadata?: ArticleMetadata) => {
    const key = absolute ?? '-'
    if (seen.has(key)) return
    seen.add(key)
    inputs.push(metadata ? {file, absolute, metadata} : {file, absolute})
  }
  for (const arg of args) {
    if (arg === '-') {
      push('-', null)
      continue
    }
    // A literal path that exists is a path, even with glob characters in it ("article (1).txt").
    if (options.glob !== false && isDynamicPattern(arg) && !(await pathExists(path.resolve(io.cwd, arg)))) {
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
      const files = await walk(absolute, arg, problems, notes)
      if (files.length === 0) problems.push(`${arg}: folder holds no article files (${articleExtensions.join(', ')})`)
      for (const file of files) push(path.join(arg, path.relative(absolute, file)), file)
    } else {
      const manifest = /\.(?:ya?ml|json)$/i.test(arg) ? await readManifest(absolute, io.cwd) : null
      if (manifest === null) push(arg, absolute)
      else if ('error' in manifest) problems.push(`${arg}: ${manifest.error}`)
      else if (manifest.length === 0) problems.push(`${arg}: the manifest lists no articles`)
      else {
        const folder = path.dirname(absolute)
        for (const entry of manifest) {
          const inside = !path.relative(folder, entry.absolute!).startsWith('..') && !path.isAbsolute(path.relative(folder, entry.absolute!))
          // A missing file is the manifest's mistake: say which manifest names it.
          if (!(await pathExists(entry.absolute!))) problems.push(`${arg}: '${entry.file}' is named in the manifest but does not exist; skipped (check its path, relative to the manifest)`)
          else if (inside || options.allowOutside) push(entry.file, entry.absolute, entry.metadata)
          else problems.push(`${arg}: '${entry.file}' is outside the manifest's folder; skipped (--allow-outside reads it)`)
        }
      }
    }
  }
  return {inputs, problems, notes}
}

/**
 * Article files under a folder; a subfolder that cannot be read is named in `problems`
 * and skipped, a story manifest met on the way is named in `notes` (it is read only
 * when given by name: its outlets and dates would otherwise be lost without a word).
 */
async function walk(folder: string, shown: string, problems: string[], notes: string[], visited = new Set<string>()): Promise<string[]> {
  const out: string[] = []
  // Symbolic links are followed; a folder already walked (a link back up) is a loop.
  const real = await realpath(folder).catch(() => folder)
  if (visited.has(real)) {
    problems.push(`${shown}: a symbolic link loop; skipped`)
    return out
  }
  visited.add(real)
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    problems.push(`${shown}: cannot read this folder${code === 'EACCES' || code === 'EPERM' ? ': permission denied' : ''}; skipped`)
    return out
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(folder, entry.name)
    let kind: 'folder' | 'file' | null = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : null
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch((error: NodeJS.ErrnoException) => error.code ?? 'ENOENT')
      kind = typeof target === 'string' ? null : target.isDirectory() ? 'folder' : target.isFile() ? 'file' : null
      // Links that point at each other (ELOOP) are a loop, not a link to nothing.
      if (typeof target === 'string') problems.push(`${path.join(shown, entry.name)}: ${target === 'ELOOP' ? 'a symbolic link loop' : 'a symbolic link to nothing'}; skipped`)
    }
    if (kind === 'folder') {
      for (const file of await walk(full, path.join(shown, entry.name), problems, notes, visited)) out.push(file)
    } else if (kind === 'file' && /\.ya?ml$/i.test(entry.name)) {
      notes.push(`${path.join(shown, entry.name)}: YAML inside a folder is not read; if it is a story manifest, give it by name instead of the folder to use its outlets and dates`)
    } else if (kind === 'file' && articleExtensions.includes(path.extname(entry.name).toLowerCase()) && !/^readme\./i.test(entry.name)) out.push(full)
  }
  return out
}

/**
 * A story manifest: `{articles: [{file, outlet?, url?, date?, title?}]}` (or a bare
 * list) in YAML or JSON, paths relative to the manifest. Null when the file is not
 * one (a JSON article, say); a YAML file, or a JSON file with an `articles` list,
 * that fails to parse or holds a bad entry is an error naming the entry.
 */
async function readManifest(absolute: string, cwd: string): Promise<Input[] | {error: string} | null> {
  const yaml = !/\.json$/i.test(absolute)
  let data: unknown
  try {
    const text = await readFile(absolute, 'utf8')
    data = yaml ? parseYaml(text) : JSON.parse(text)
  } catch (error) {
    // A JSON file that does not parse is left to the article reader, which says why.
    return yaml ? {error: `not a valid story manifest: ${plainError(error).replace(/\s+/g, ' ')}`} : null
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as {articles?: unknown}).articles : undefined
  if (!Array.isArray(list)) {
    if (!yaml && !(data && typeof data === 'object' && 'articles' in data)) return null
    return {error: 'not a valid story manifest: expected a list of articles, or `articles:` holding one (each with a `file`)'}
  }
  const folder = path.dirname(absolute)
  const inputs: Input[] = []
  for (const [index, entry] of list.entries()) {
    const file = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).file ?? (entry as Record<string, unknown>).path : typeof entry === 'string' ? entry : undefined
    if (typeof file !== 'string' || file.trim() === '') {
      return {error: `article ${index + 1} of the manifest has no \`file\` (found ${JSON.stringify(entry)?.slice(0, 60) ?? String(entry)})`}
    }
    const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : record[key] instanceof Date ? (record[key] as Date).toISOString().slice(0, 10) : undefined)
    const metadata: ArticleMetadata = {outlet: text('outlet') ?? text('publisher'), url: text('url'), published: text('date') ?? text('published'), title: text('title')}
    inputs.push({file: path.relative(cwd, path.resolve(folder, file)) || file, absolute: path.resolve(folder, file), metadata})
  }
  return inputs
}

/** Whether a path names something that exists (a file, a folder, a link that resolves). */
export async function pathExists(absolute: string): Promise<boolean> {
  try {
    await stat(absolute)
    return true
  } catch {
    return false
  }
}
