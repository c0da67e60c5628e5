import {ArticleError} from '../errors.js'
import type {ParsedBody} from './parse-article.js'
import {parseTextBlocks} from './parse-text.js'

const stringFields = ['title', 'byline', 'author', 'published', 'date', 'datePublished', 'language', 'lang', 'url', 'outlet', 'publisher', 'source'] as const

/**
 * Read an Article-shaped JSON object: `text` (or `body`, `content`, `articleBody`)
 * is required, and `title`, `byline`/`author`, `published`/`date`, `url`,
 * `outlet`/`publisher`/`source` (a string or `{name, url}`), `language` are
 * optional. The text is parsed as plain text, so spans point into it.
 *
 * @throws {ArticleError} `invalid-json` when it does not parse, `invalid-article`
 *   with one issue per problem when it is not Article-shaped.
 */
export function parseJsonArticle(input: string): ParsedBody {
  let value: unknown
  try {
    value = JSON.parse(input)
  } catch (error) {
    throw new ArticleError('invalid-json', `Expected JSON, found a syntax error: ${(error as Error).message}`)
  }
  const issues: string[] = []
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleError('invalid-article', `Expected a JSON object with a "text" string, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`, ['$: expected object'])
  }
  const record = value as Record<string, unknown>
  const bodyKey = ['text', 'body', 'content', 'articleBody'].find((key) => key in record)
  const body = bodyKey ? record[bodyKey] : undefined
  if (bodyKey === undefined) issues.push('$.text: required, expected a string with the article body')
  else if (typeof body !== 'string') issues.push(`$.${bodyKey}: expected string, found ${describe(body)}`)
  else if (body.trim() === '') issues.push(`$.${bodyKey}: expected article text, found an empty string`)
  for (const key of stringFields) {
    const field = record[key]
    if (field === undefined || field === null || typeof field === 'string') continue
    if ((key === 'publisher' || key === 'source' || key === 'outlet' || key === 'author') && typeof field === 'object' && !Array.isArray(field)) {
      const name = (field as Record<string, unknown>).name
      if (name === undefined || typeof name === 'string') continue
      issues.push(`$.${key}.name: expected string, found ${describe(name)}`)
      continue
    }
    issues.push(`$.${key}: expected string, found ${describe(field)}`)
  }
  if (issues.length > 0) {
    throw new ArticleError('invalid-article', `Expected an Article-shaped object, found ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues.join('; ')}`, issues)
  }
  const parsed = parseTextBlocks(body as string)
  const name = (key: string): string | null => {
    const field = record[key]
    if (typeof field === 'string') return field
    if (field && typeof field === 'object') {
      const inner = (field as Record<string, unknown>).name
      return typeof inner === 'string' ? inner : null
    }
    return null
  }
  const sourceUrl = record.source && typeof record.source === 'object' ? (record.source as Record<string, unknown>).url : undefined
  parsed.metadata = {
    ...parsed.metadata,
    title: name('title') ?? parsed.metadata.title ?? null,
    byline: name('byline') ?? name('author') ?? parsed.metadata.byline ?? null,
    published: name('published') ?? name('datePublished') ?? name('date') ?? parsed.metadata.published ?? null,
    language: name('language') ?? name('lang'),
    url: name('url') ?? (typeof sourceUrl === 'string' ? sourceUrl : null),
    outlet: name('outlet') ?? name('publisher') ?? name('source')
  }
  return parsed
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
