import type {Format} from '@corroborate/core'
import type {ArticleInput} from './protocol.js'

const formats: ReadonlySet<string> = new Set<Format>(['text', 'markdown', 'html', 'json'])

/**
 * The articles `corroborate serve FILE...` hands the app in `corroborate-articles.json`
 * beside index.html, or null when there is no such file (a plain build) or it is not
 * `{"articles": [{"file", "text", "outlet"?, "format"?}]}`.
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
    const {outlet, format} = item
    if (outlet !== undefined && outlet !== null && typeof outlet !== 'string') return null
    if (format !== undefined && format !== null && !(typeof format === 'string' && formats.has(format))) return null
    inputs.push({file: item.file, text: item.text, outlet: outlet ?? null, format: (format ?? null) as Format | null})
  }
  return inputs
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
