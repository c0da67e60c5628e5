import {dateline} from '../article/boilerplate-patterns.js'
import type {ParsedBody} from '../article/parse-article.js'
import {ArticleError} from '../errors.js'
import type {Block, Message, SourceMapEntry} from '../types.js'
import {classifyBlocks} from './classify-blocks.js'
import {collectBlocks, textOf, normalise} from './collect-blocks.js'
import type {RawBlock} from './collect-blocks.js'
import {fallbackContent, furnitureTags, holdsPage} from './fallback-content.js'
import {readMetadata, withFallback} from './metadata.js'
import {parseDocument} from './parse-document.js'
import {readabilityArticle, type ReadabilityArticle} from './readability.js'
import {scoreBlocks} from './score-blocks.js'
import {SourceIndex} from './source-index.js'
import {stripInert} from './strip-inert.js'

/**
 * Readability's time grows with the square of the tree's depth (3,000 nested `<div>`s
 * take minutes); real pages stay under 60 or so. Deeper pages go to the fallback.
 */
const maxReadabilityDepth = 200

/**
 * Readability walks every element several times over (its scoring, then its
 * cleaning, each a pass with `getElementsByTagName`): linear, but a page of 300,000
 * tiny paragraphs takes it most of a minute. Real pages hold a few thousand
 * elements (the largest in the evaluation sets about 10,000); larger ones go to the
 * fallback, which reads the page once.
 */
const maxReadabilityElements = 50_000

/** Below this much story text, Readability's pick is compared with the page's own article/main/body. */
const tinyStory = 250

/**
 * Extract the article from a saved news page: body text and blocks, a source map
 * back to the elements of the page, and metadata from meta tags, Open Graph and
 * JSON-LD.
 *
 * linkedom parses the page; each element is numbered (a `data-*` attribute) so that
 * blocks can be traced back after Readability has picked, moved and renamed them;
 * `@mozilla/readability` picks the article; blocks are then read from its tree and
 * classified (captions, share bars, related links, bylines, adverts as boilerplate).
 * When Readability finds nothing, or very little, the page's `<article>`, `<main>`
 * or `<body>` is read instead.
 *
 * @throws {ArticleError} `no-article` when the page has no text at all.
 */
export function extractHtml(input: string | Document): ParsedBody {
  // Stripped once: a page can be parsed again for Readability's retries and the fallback.
  const html = typeof input === 'string' ? stripInert(input) : input
  const document = parse(html)
  const index = new SourceIndex(document.documentElement)
  const {publishers, ...metadata} = readMetadata(document, index.collected)
  const messages: Message[] = []

  let found: ReadabilityArticle = null
  const tooDeep = index.depth > maxReadabilityDepth
  const readable = !tooDeep && index.size <= maxReadabilityElements
  if (readable) {
    try {
      // A retry starts again from a fresh parse, numbered alike, not from a serialised copy of the body.
      found = readabilityArticle(document, index, () => {
        const again = parse(html)
        void new SourceIndex(again.documentElement)
        return again
      })
    } catch {
      // Readability can trip over odd trees; the fallback below still reads the page.
      found = null
    }
  } else {
    messages.push({reason: tooDeep
      ? `Expected a page nested at most ${maxReadabilityDepth} elements deep, found ${index.depth}; read without Readability`
      : `Expected a page of at most ${maxReadabilityElements.toLocaleString('en-US')} elements, found ${index.size.toLocaleString('en-US')}; read without Readability`,
    ruleId: tooDeep ? 'html-too-deep' : 'html-too-large', source: 'corroborate', place: null})
  }
  const meta = withFallback(metadata, found, index.collected.find((element) => element.localName === 'title')?.textContent ?? '', publishers)
  let raw = found?.content ? scoreBlocks(classifyBlocks(collectBlocks(found.content), meta.title, meta.byline)) : []
  // A fresh parse numbers elements exactly as the first did, so paths still agree;
  // a page Readability did not read is still as parsed, and serves as its own.
  let fresh: {document: Document; index: SourceIndex} | null = readable ? null : {document, index}
  const reparse = () => {
    if (!fresh) {
      const again = parse(html)
      fresh = {document: again, index: new SourceIndex(again.documentElement)}
    }
    return fresh
  }
  // On a page with no article Readability can still pick the navigation ("Home"):
  // a pick made only of page furniture is no pick, unless that furniture holds most
  // of the page (a site that wraps the whole article in `<header>`).
  if (raw.length > 0 && pickedFurniture(raw, index, () => reparse())) raw = []
  let sources = index
  let page = document
  if (storyLength(raw) < tinyStory) {
    const {document: again, index: againIndex} = reparse()
    page = again
    const fallback = scoreBlocks(classifyBlocks(collectBlocks(fallbackContent(again)), meta.title, meta.byline))
    if (storyLength(fallback) > storyLength(raw)) {
      raw = fallback
      sources = againIndex
      messages.push({reason: 'Expected an article Readability could find, found too little; read the page body instead', ruleId: 'html-fallback', source: 'corroborate', place: null})
    }
  }
  if (raw.length === 0) {
    throw new ArticleError('no-article', `Expected an article in this HTML, found ${describe(page)}`)
  }
  const body = assemble(raw, sources)
  return {...body, messages, metadata: {...meta, dateline: body.dateline}}
}

function parse(html: string | Document): Document {
  try {
    return parseDocument(html)
  } catch (error) {
    throw new ArticleError('no-article', `Expected an HTML page, found markup that could not be parsed (${error instanceof Error ? error.message : String(error)})`)
  }
}

/** Join blocks with blank lines, with offsets and a source map entry each. */
function assemble(raw: readonly RawBlock[], sources: SourceIndex): {text: string; blocks: Block[]; sourceMap: SourceMapEntry[]; dateline: string | null} {
  const parts: string[] = []
  const blocks: Block[] = []
  const sourceMap: SourceMapEntry[] = []
  let offset = 0
  let place: string | null = null
  let storySeen = false
  const add = (item: RawBlock, text: string, start: number, origin: number) => {
    const block: Block = {kind: item.kind, start, end: start + text.length, text}
    if (item.depth !== undefined) block.depth = item.depth
    if (item.reason !== undefined) block.reason = item.reason
    if (item.author) block.author = item.author
    if (item.handle) block.handle = item.handle
    if (item.summary) block.summary = true
    blocks.push(block)
    sourceMap.push({start, end: block.end, path: sources.pathOf(origin), node: sources.tagOf(origin)})
  }
  for (const item of raw) {
    if (parts.length > 0) offset += 2
    const origin = sources.indexOf(item.element)
    parts.push(item.text)
    let start = offset
    let text = item.text
    // A dateline ("WASHINGTON (Reuters) -") opening the first story paragraph is a
    // boilerplate block of its own within that paragraph, as in plain text input.
    if (!storySeen && item.kind === 'paragraph') {
      const match = dateline.exec(text)
      if (match && match[0].length < text.length) {
        place = match.groups?.place ?? null
        const mark = match[0].trimEnd()
        add({...item, kind: 'boilerplate', reason: 'dateline'}, mark, start, origin)
        start += match[0].length
        text = text.slice(match[0].length)
      }
    }
    if (item.kind === 'paragraph') storySeen = true
    add(item, text, start, origin)
    offset += item.text.length
  }
  return {text: parts.join('\n\n'), blocks, sourceMap, dateline: place}
}

/**
 * Whether every block of Readability's pick sits inside page furniture (`<nav>`,
 * `<header>`, `<footer>`, `<aside>`) that holds less than half of the page's text,
 * measured on an untouched copy of the page (parsed only when needed, numbered alike).
 */
function pickedFurniture(raw: readonly RawBlock[], index: SourceIndex, untouched: () => {document: Document; index: SourceIndex}): boolean {
  const holders = new Set<number>()
  for (const item of raw) {
    const holder = index.ancestorWith(index.indexOf(item.element), furnitureTags)
    if (holder < 0) return false
    holders.add(holder)
  }
  const original = untouched()
  const pageLength = (original.document.body?.textContent ?? '').trim().length
  for (const holder of holders) {
    const element = original.index.elementAt(holder)
    if (element && holdsPage(element, pageLength)) return false
  }
  return true
}

function storyLength(blocks: readonly RawBlock[]): number {
  let length = 0
  for (const block of blocks) if (block.kind !== 'boilerplate') length += block.text.length
  return length
}

/** What a page without an article holds, for the error message. */
function describe(document: Document): string {
  const text = normalise(textOf(document.body))
  return text === '' ? 'no text' : `${text.length} characters of page text but no story block`
}
