import type {JsonLdArticle} from './json-ld.js'
import {readJsonLd} from './json-ld.js'
import {cleanByline} from './clean-byline.js'
import {unescapeEntities} from './html-entities.js'
import {cleanTitle, trimDashSuffix} from './clean-title.js'
import {fallbackTitle, pickHeadline} from './headline.js'
import {toIsoDate} from './iso-date.js'
import {dateFromUrl} from './url-date.js'
import {isHandle, visibleByline} from './visible-byline.js'

/** Article metadata read from a page. Every field is `null` when the page does not say. */
export interface PageMetadata {
  title: string | null
  byline: string | null
  /** ISO 8601 date or date-time. */
  published: string | null
  /** The site's name (`og:site_name`, JSON-LD `publisher.name`). */
  outlet: string | null
  /** Canonical URL (absolute http(s) only). */
  url: string | null
  language: string | null
}

/** What Readability found, used where the page's own metadata says nothing. */
export interface FallbackMetadata {
  title?: string | null | undefined
  byline?: string | null | undefined
  publishedTime?: string | null | undefined
  siteName?: string | null | undefined
  lang?: string | null | undefined
}

/**
 * Meta tags: `name`, `property` and `itemprop` keys, lower case, dots as colons. A
 * later tag with the same key wins, as in Readability (pages that repeat
 * `DC.creator` list the main author last).
 */
export function readMetaTags(elements: readonly Element[]): Map<string, string> {
  const values = new Map<string, string>()
  for (const meta of elements) {
    if (meta.localName !== 'meta') continue
    const content = meta.getAttribute('content')
    if (!content || content.trim() === '') continue
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${meta.getAttribute('itemprop') ?? ''}`
    // `property` may hold several space-separated values ("og:title dc:title").
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key === '') continue
      const name = key.replace(/\./g, ':')
      values.set(name, unescapeEntities(content.trim()))
    }
  }
  return values
}

/**
 * Read title, byline, published date, outlet, canonical URL and language from
 * JSON-LD (an article object), meta tags (Open Graph, `article:*`, Dublin Core,
 * Parse.ly, Twitter, `author`), `<link rel=canonical>` and `<html lang>`, falling
 * back to Readability's metadata. The order of sources for title and byline
 * follows Readability's, which readers of the same page have come to expect; the
 * extra sources only fill gaps. A byline that names the publisher (its site name,
 * "Staff") is passed over for the next source, then `rel=author`. Dates, in order of
 * trust: JSON-LD `datePublished`, meta tags, a `<time>` marked as the publication
 * date, the date in the page's URL (`/2026/05/12/`); a date without a zone stays
 * a local date as written. Call it before Readability runs: Readability removes
 * the scripts that hold JSON-LD.
 *
 * @param elements The page's `<meta>`, `<script>`, `<link>`, `<title>` and `<time>`
 *   elements (from `SourceIndex`); default: found in `document`.
 */
export function readMetadata(document: Document, elements: readonly Element[] = Array.from(document.querySelectorAll('meta, script, link, title, time'))): PageMetadata & {publishers: string[]} {
  const ld: JsonLdArticle = readJsonLd(elements) ?? {}
  const meta = readMetaTags(elements)
  const get = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)
      if (value) return value
    }
    return undefined
  }
  const documentTitle = normalise(elements.find((element) => element.localName === 'title')?.textContent ?? '')
  const outlet = ld.publisher ?? get('og:site_name', 'application-name', 'twitter:site:name') ?? null
  const rawTitle = pickHeadline(ld, documentTitle, get('og:title', 'twitter:title')) ?? get('dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title', 'sailthru:title', 'headline')
  const articleAuthor = get('article:author')
  // The first author that is not the publisher: sites put their own name in
  // `author` when a story has no byline, and that is not who wrote it.
  const publishers = [outlet, get('og:site_name'), get('application-name'), get('twitter:site'), ld.publisher]
  const candidates = [ld.author, ...['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author', 'sailthru:author', 'byl'].map((key) => get(key)), articleAuthor]
  // An account handle ("rcooper77") or a profile URL is not a byline: the next
  // source, else the name the page shows in its byline, else nothing.
  const byline = candidates.find((name) => name && !isHandle(name) && !namesPublisher(name, publishers)) ??
    (candidates.some((name) => name && isHandle(name)) ? visibleByline(document) ?? undefined : undefined)
  const canonical = elements.find((element) => element.localName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? ''))?.getAttribute('href') ?? undefined
  const url = absoluteUrl(canonical) ?? absoluteUrl(get('og:url')) ?? absoluteUrl(ld.url) ?? null
  // Order of trust: the article's JSON-LD, its meta tags, a marked <time>, the date in its URL.
  const published = ld.datePublished ?? get('article:published_time', 'parsely-pub-date', 'og:published_time', 'datepublished', 'dc:date', 'dcterms:created', 'dcterms:date', 'date', 'pubdate', 'publish-date', 'sailthru:date', 'article:published') ?? timeElement(elements) ?? dateFromUrl(url)
  const language = document.documentElement?.getAttribute('lang') || (get('content-language', 'dc:language', 'language') ?? get('og:locale')?.replace('_', '-'))
  return {
    title: rawTitle ? cleanTitle(normalise(rawTitle), outlet) : null,
    byline: byline ? cleanByline(byline) : null,
    published: published ? toIsoDate(published) : null,
    outlet: outlet ? normalise(outlet) : null,
    url,
    language: language ? language.trim() || null : null,
    publishers: publishers.filter((name): name is string => Boolean(name))
  }
}

/** `<time itemprop="datePublished" datetime="…">` or `<time pubdate datetime="…">`: microdata pages without meta tags. */
function timeElement(elements: readonly Element[]): string | undefined {
  for (const element of elements) {
    if (element.localName !== 'time') continue
    const itemprop = element.getAttribute('itemprop') ?? ''
    if (!/(?:^|\s)datePublished(?:\s|$)/.test(itemprop) && !element.hasAttribute('pubdate')) continue
    const value = element.getAttribute('datetime')?.trim()
    if (value) return value
  }
  return undefined
}

/**
 * Whether a byline names the publisher ("The Riverton Courier", "Riverton Courier
 * Staff", "RivertonNotes" for a site named "RivertonNotes | News from the valley")
 * rather than a person. A name shaped like a person's ("Dana Okafor") is
 * kept even when it is also the site's name: a personal blog is named for its author.
 */
function namesPublisher(name: string, publishers: ReadonlyArray<string | undefined | null>): boolean {
  const key = squash(name.replace(/\b(?:staff|team|editors?|desk|newsroom|reporters?|news service|by)\b/gi, ''))
  if (key === '') return true
  return !isPersonShaped(name.trim()) && publishers.some((publisher) => publisher && (squash(publisher) === key || squash(siteNameHead(publisher)) === key))
}

/** A site name before its tagline: "Riverton Notes | News from the valley" → "Riverton Notes". */
function siteNameHead(publisher: string): string {
  return publisher.split(/\s+[|\-–—:·•]\s+/)[0] ?? publisher
}

/** Two to four capitalised words, not in capitals throughout, and none of the words that name an organisation. */
function isPersonShaped(name: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}'’.-]+\.?\s+){1,3}\p{Lu}[\p{Ll}'’-]+$/u.test(name) && !organisationWord.test(name)
}

/** Words that make a name an organisation's ("Riverton Daily News", "Metro Desk"). */
const organisationWord = /\b(?:news|media|times|post|daily|press|group|network|magazine|journal|radio|tv|online|staff|team|desk|editors?|newsroom|agency|service|tribune|herald|gazette|courier|chronicle|observer|review|weekly|report|wire)\b/i

/** Letters and digits only, lower case, without a leading "the": "The Daily-Ledger" → "dailyledger". */
function squash(text: string): string {
  return text.toLowerCase().replace(/^\s*the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Fill what the page did not say from Readability's findings. `publishers`: every name
 * the page gives its publisher (`readMetadata`'s), none of which is taken as author.
 */
export function withFallback(metadata: PageMetadata, fallback: FallbackMetadata | null, documentTitle = '', publishers: readonly string[] = []): PageMetadata {
  if (!fallback) return metadata
  // Readability's own title is the page's <title> (the page had no title metadata).
  const fromPage = fallback.title ? cleanTitle(normalise(fallbackTitle(fallback.title, normalise(documentTitle))), metadata.outlet) : null
  const title = metadata.title ?? (fromPage && !metadata.outlet ? trimDashSuffix(fromPage) : fromPage)
  return {
    title: title || null,
    byline: metadata.byline ?? (fallback.byline && !isHandle(fallback.byline) && !namesPublisher(fallback.byline, [...publishers, metadata.outlet, fallback.siteName]) ? cleanByline(fallback.byline) : null),
    published: metadata.published ?? (fallback.publishedTime ? toIsoDate(fallback.publishedTime) : null),
    outlet: metadata.outlet ?? (fallback.siteName ? normalise(fallback.siteName) || null : null),
    url: metadata.url,
    language: metadata.language ?? (fallback.lang?.trim() || null)
  }
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  return /^https?:\/\/[^\s/]+/i.test(trimmed) ? trimmed : undefined
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
