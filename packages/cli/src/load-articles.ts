import {ArticleError, decodeText, parseArticle, type Article} from '@corroborate/core'
import type {Input} from './inputs.js'
import {readInput} from './inputs.js'
import type {Io} from './io.js'

/** An article read from an input, or the reason it could not be. */
export type Loaded =
  | {ok: true, file: string, article: Article}
  | {ok: false, file: string, error: string}

/** Read and parse one input; never throws for bad content, only reports it. */
export async function loadArticle(input: Input, io: Io, options: {maxBytes: number, format: Article['format'] | null}): Promise<Loaded> {
  try {
    const bytes = await readInput(input, io, options.maxBytes)
    if (bytes.length === 0) return {ok: false, file: input.file, error: 'empty file'}
    const text = decodeText(bytes)
    const article = parseArticle(text, {format: options.format, fileName: input.absolute, maxLength: options.maxBytes})
    return {ok: true, file: input.file, article}
  } catch (error) {
    const message = error instanceof ArticleError || error instanceof Error ? error.message : String(error)
    return {ok: false, file: input.file, error: lowerFirst(message.replace(/\s+/g, ' '))}
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
