import {decodeText} from '@corroborate/core'
import type {ArticleFailure, ArticleInput} from './protocol.js'

/** Files larger than this are refused before reading (the CLI's default limit). */
export const maxFileBytes = 20_000_000

/** Read dropped or chosen files as UTF-8 text; a file that cannot be read is a failure, not an exception. */
export async function readFiles(files: Iterable<File>): Promise<Array<ArticleInput | ArticleFailure>> {
  return Promise.all([...files].map(async (file): Promise<ArticleInput | ArticleFailure> => {
    try {
      if (file.size > maxFileBytes) throw new Error(`Expected at most ${maxFileBytes / 1_000_000} MB, found ${(file.size / 1_000_000).toFixed(1)} MB`)
      const text = decodeText(new Uint8Array(await file.arrayBuffer()))
      return {file: file.name, text, outlet: null, format: null}
    } catch (error) {
      return {file: file.name, message: error instanceof Error ? error.message : String(error)}
    }
  }))
}

/** `name` made unique among `taken`: "a.txt", then "a (2).txt". */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  const dot = name.lastIndexOf('.')
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${extension}`
    if (!taken.has(candidate)) return candidate
  }
}
