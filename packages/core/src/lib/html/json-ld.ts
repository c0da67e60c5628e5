import {unescapeEntities} from './html-entities.js'

/** What an article's JSON-LD says about it. */
export interface JsonLdArticle {
  /** `name` and `headline`, as given (the caller chooses; some sites put the site in `name`). */
  name?: string
  headline?: string
  /** Authors' names joined with ", ". */
  author?: string
  datePublished?: string
  /** `publisher.name`. */
  publisher?: string
  url?: string
}

/** schema.org types that describe an article (as Readability's list, plus ReportageNews). */
const articleType = /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReportageNews|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/

/** How far into nested `@graph`s and arrays to look (pages nest a little; byte soup could nest a lot). */
const maxNesting = 6

/**
 * Find the first article object in the `<script type="application/ld+json">` among `elements`
 * blocks: a top-level object, an array of objects, or an `@graph`, with `@type` a
 * string or an array of strings. Scripts that do not parse are skipped: JSON-LD is a
 * hint, never a reason to fail.
 */
export function readJsonLd(elements: readonly Element[]): JsonLdArticle | null {
  for (const script of elements) {
    if (script.localName !== 'script') continue
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase()
    if (type !== 'application/ld+json') continue
    let data: unknown
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))
    } catch {
      continue
    }
    const node = findArticle(data, 0)
    if (node) return toArticle(node)
  }
  return null
}

type JsonObject = Record<string, unknown>

function findArticle(data: unknown, depth: number): JsonObject | null {
  if (depth > maxNesting || data === null || typeof data !== 'object') return null
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1)
      if (found) return found
    }
    return null
  }
  const object = data as JsonObject
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']]
  if (types.some((type) => typeof type === 'string' && articleType.test(type.replace(/^(?:https?:\/\/)?schema\.org\//, '')))) return object
  return findArticle(object['@graph'], depth + 1)
}

function toArticle(node: JsonObject): JsonLdArticle {
  const article: JsonLdArticle = {}
  const name = text(node.name)
  const headline = text(node.headline)
  if (name) article.name = name
  if (headline) article.headline = headline
  const author = names(node.author ?? node.creator)
  if (author) article.author = author
  const published = text(node.datePublished) ?? text(node.dateCreated)
  if (published) article.datePublished = published
  const publisher = names(node.publisher)
  if (publisher) article.publisher = publisher
  const url = text(node.url) ?? text(node.mainEntityOfPage) ?? text((node.mainEntityOfPage as JsonObject | undefined)?.['@id'])
  if (url) article.url = url
  return article
}

/** A name from a string, an object with `name`, or an array of either, joined with ", ". */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? text((item as JsonObject).name) : undefined))
    .filter((item): item is string => typeof item === 'string' && item !== '')
  const unique = [...new Set(list.map((item) => item.trim()))]
  return unique.length > 0 ? unique.join(', ') : undefined
}

/** A string value, its character references decoded (script text is not decoded by the parser), spaces collapsed. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = unescapeEntities(value).replace(/\s+/g, ' ').trim()
  return trimmed === '' ? undefined : trimmed
}
