import type {ArticleMetadata, Format} from '@corroborate/core'
import type {ArticleInput} from './protocol.js'

const formats: ReadonlySet<string> = new Set<Format>(['text', 'markdown', 'html', 'json'])

/**
 * The articles `corroborate serve FILE...` hands the app in `corroborate-articles.json`
 * beside index.html, or null when there is no such file (a plain build) or it is not
 * `{"articles": [{"file", "text", "outlet"?, "format"?, "metadata"?}]}`.
 */
export async function startupArticles(url = 'corroborate-articles.json'): Promise<ArticleInput[] | null> {
  try {
    const response = await fetch(url, {headers: {accept: 'application/json'}, cache: 'no-store'})
    if (response.status !== 200) return null
    return toArticleInputs(await response.json())
  } catch {
    return null
  }
}

/** Check the start-up file's shape; null when anything in it is off. */
export function toArticleInputs(value: unknown): ArticleInput[] | null {
  if (!isObject(value) || !Array.isArray(value.articles) || value.articles.length === 0) return null
  const inputs: ArticleInput[] = []
  for (const item of value.articles as unknown[]) {
    if (!isObject(item) || typeof item.file !== 'string' || typeof item.text !== 'string') return null
    const {outlet, format, metadata} = item
    if (outlet !== undefined && outlet !== null && typeof outlet !== 'string') return null
    if (format !== undefined && format !== null && !(typeof format === 'string' && formats.has(format))) return null
    if (metadata !== undefined && metadata !== null && !isObject(metadata)) return null
    const known = metadata ? toMetadata(metadata) : null
    // The server names an unnamed article by its file; the article's own metadata
    // (its site name, its URL's domain) says more, and the worker falls back to the file anyway.
    const named = typeof outlet === 'string' && outlet !== '' ? outlet : null
    inputs.push({file: item.file, text: item.text, outlet: named, format: (format ?? null) as Format | null, ...(known ? {metadata: known} : {})})
  }
  return inputs
}

/** The manifest's metadata, its string fields only: the date the articles carry goes to the analysis. */
function toMetadata(value: Record<string, unknown>): ArticleMetadata {
  const text = (key: string) => (typeof value[key] === 'string' && value[key] !== '' ? value[key] as string : null)
  return {outlet: text('outlet'), url: text('url'), title: text('title'), byline: text('byline'), published: text('published'), language: text('language')}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
