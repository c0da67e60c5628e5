import type {Claim} from '../claims/types.js'
import type {Quote} from '../quotes/types.js'
import {articleId} from '../article/article-id.js'
import {expectStory} from '../report/expect-story.js'
import {reportOutlets} from '../report/report-outlets.js'
import {claimNote, conflictNote, renderingNote} from '../report/span-notes.js'
import {checkSpan, indexTexts, storyId, type StoryText} from './story-text.js'
import type {ClaimGroup, Story} from './types.js'

/** W3C Web Annotation: the quoted words with some context before and after. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation: start and end, in Unicode code points of the text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** W3C Web Annotation: a body given as text in the annotation itself. */
export interface TextualBody {
  type: 'TextualBody'
  /** `describing`: a sentence for people; `tagging`: one word for machines. */
  purpose: 'describing' | 'tagging'
  value: string
  format: 'text/plain'
  language?: string
}

/** One W3C Web Annotation on a span of an article. */
export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'describing'
  body: TextualBody[]
  target: {source: string, selector: [TextQuoteSelector, TextPositionSelector]}
  generator: {type: 'Software', name: string}
}

/** A W3C Web Annotation collection with its single page embedded. */
export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: {id: string, type: 'AnnotationPage', partOf: string, startIndex: 0, items: WebAnnotation[]}
}

/** One article and what was found in it, for `articlesToAnnotations`. */
export interface AnnotatedArticle {
  /** The article's text, file, URL; `id` is `article.id`. */
  article: StoryText & {id: string}
  quotes?: readonly Quote[]
  claims?: readonly Claim[]
}

/** Characters of context kept before and after a quoted span. */
const contextLength = 32

/**
 * The story as a W3C Web Annotation collection (JSON-LD): one annotation for each
 * rendering of each quote group (speaker, group, verdict and changed words, the
 * speaker its own outlet gives when the group's overrides it), one for each claim
 * (stance, who asserts it, the fact group it belongs to and how sure that grouping
 * is) and one for each outlet's sentence in each conflict (kind, confidence, what
 * differs, why, the words that differ). Each target is the
 * article (its URL, else its file) with a `TextQuoteSelector` (the words and ~32
 * characters either side) and a `TextPositionSelector` (offsets in Unicode code
 * points, as the model says, not UTF-16 units). Ids are stable: the same story
 * gives the same ids.
 *
 * Spans of articles missing from `articles` are left out. Known limit: for HTML
 * input the offsets are into the extracted text, not the page's own text, so a
 * client anchoring on the live page should use the quote selector.
 *
 * @throws {TypeError} When `story` is not a Story, or a text does not hold the story's span (not the text the story was made from).
 */
export function storyToAnnotations(story: Story, articles: readonly StoryText[]): WebAnnotationCollection {
  expectStory(story)
  const texts = indexTexts(articles)
  const id = storyId(story)
  const items: WebAnnotation[] = []
  for (const group of story.quoteGroups) {
    group.members.forEach((member, index) => {
      const source = texts.get(member.file)
      if (source) items.push(annotation(`${id}#quote-${group.id}-${index}`, source, member, [renderingNote(group, index), 'quote', member.verdict]))
    })
  }
  const groupOf = new Map<string, ClaimGroup>()
  for (const group of story.claimGroups) for (const member of group.members) groupOf.set(`${member.file}\u0000${member.claim}`, group)
  for (const claim of story.claims) {
    const source = texts.get(claim.file)
    if (source) items.push(annotation(`${id}#claim-${claim.article}-${claim.claim}`, source, claim, [claimNote(claim, groupOf.get(`${claim.file}\u0000${claim.claim}`)), 'claim', claim.stance]))
  }
  const outlets = reportOutlets(story, texts)
  for (const conflict of story.conflicts) {
    conflict.members.forEach((member, index) => {
      const source = texts.get(member.file)
      if (source) items.push(annotation(`${id}#conflict-${conflict.id}-${index}`, source, member, [conflictNote(conflict, member, outlets), 'conflict', conflict.kind]))
    })
  }
  return collection(id, `Quotes, claims and conflicts of a story of ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`, items)
}

/**
 * Quotes and claims of single articles (no comparison) as one W3C Web Annotation
 * collection: what `corroborate quotes --format annotations` prints. Same
 * selectors as `storyToAnnotations`; ids are made from the article id and the
 * quote's index or the claim's id.
 *
 * @throws {TypeError} When a quote or claim does not lie in its article's text.
 */
export function articlesToAnnotations(items: readonly AnnotatedArticle[]): WebAnnotationCollection {
  if (!Array.isArray(items as unknown)) throw new TypeError(`Expected an array of articles, not ${typeof items}`)
  const annotations: WebAnnotation[] = []
  for (const {article, quotes, claims} of items) {
    const base = `urn:corroborate:article:${article.id}`
    quotes?.forEach((quote, index) => {
      annotations.push(annotation(`${base}#quote-${index}`, article, {...quote, file: article.file}, [
        `${quote.kind[0]!.toUpperCase()}${quote.kind.slice(1)} quote ${quote.speaker ? `attributed to ${quote.speaker.name} (${quote.speaker.method})` : 'with no named speaker'}${quote.cue ? `, cue “${quote.cue.text}”` : ''}.`,
        'quote',
        quote.kind
      ]))
    })
    for (const claim of claims ?? []) {
      const source = claim.assertor.kind === 'source' ? ` (source: ${claim.assertor.name ?? 'unnamed'})` : ' (the outlet’s own voice)'
      annotations.push(annotation(`${base}#${claim.id}`, article, {...claim, file: article.file}, [`Claim ${claim.id}, ${claim.stance}${source}.`, 'claim', claim.stance]))
    }
  }
  const id = `urn:corroborate:articles:${articleId(items.map((item) => item.article.id))}`
  return collection(id, `Quotes and claims of ${items.length} article${items.length === 1 ? '' : 's'}`, annotations)
}

function collection(id: string, label: string, items: WebAnnotation[]): WebAnnotationCollection {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: {id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items}
  }
}

function annotation(id: string, source: StoryText, span: {file: string, start: number, end: number, text: string}, [description, ...tags]: string[]): WebAnnotation {
  const text = source.text
  checkSpan(span, text)
  const position = codePointCounter(text)
  return {
    id,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      {type: 'TextualBody', purpose: 'describing', value: description!, format: 'text/plain', language: 'en'},
      ...tags.map((tag) => ({type: 'TextualBody' as const, purpose: 'tagging' as const, value: tag, format: 'text/plain' as const}))
    ],
    target: {
      source: source.url || source.file,
      selector: [
        {type: 'TextQuoteSelector', exact: span.text, prefix: slice(text, span.start - contextLength, span.start), suffix: slice(text, span.end, span.end + contextLength)},
        {type: 'TextPositionSelector', start: position(span.start), end: position(span.end)}
      ]
    },
    generator: {type: 'Software', name: '@corroborate/core'}
  }
}

/** `text.slice(from, to)` widened so no surrogate pair is cut in half. */
function slice(text: string, from: number, to: number): string {
  let start = Math.max(0, from)
  let end = Math.min(text.length, to)
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++
  return text.slice(start, end)
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** UTF-16 offset → code point offset, for texts with characters outside the BMP. */
function codePointCounter(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset
  return (offset) => {
    let pairs = 0
    for (let i = 0; i < offset - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        pairs++
        i++
      }
    }
    return offset - pairs
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
