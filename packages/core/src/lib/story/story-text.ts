import {articleId} from '../article/article-id.js'
import type {Span} from '../types.js'
import type {Story} from './types.js'

/** The text of one article of a story, for renderers that anchor spans in it. */
export interface StoryText {
  /** The article's `file` in the story (the name `compareArticles` was given). */
  file: string
  /** The text the story's spans point into: `article.text`. */
  text: string
  /** The article's canonical URL, when known. */
  url?: string | null
  /** The outlet's name, when known (else the story's). */
  outlet?: string | null
}

/**
 * The texts by file, checked: every item a `StoryText`, no file twice.
 *
 * @throws {TypeError} When `articles` is not an array of `{file, text}` objects.
 */
export function indexTexts(articles: readonly StoryText[] | undefined): Map<string, StoryText> {
  const byFile = new Map<string, StoryText>()
  if (articles === undefined) return byFile
  if (!Array.isArray(articles as unknown)) throw new TypeError(`Expected an array of article texts, not ${typeof articles}`)
  articles.forEach((item, index) => {
    if (!item || typeof item.file !== 'string' || typeof item.text !== 'string') {
      throw new TypeError(`Expected {file: string, text: string} at index ${index}`)
    }
    if (byFile.has(item.file)) throw new TypeError(`Expected each file once, found '${item.file}' twice`)
    byFile.set(item.file, item)
  })
  return byFile
}

/**
 * Whether `member` lies in `text` as the story says; a TypeError when it does not,
 * because then the texts are not the ones the story was made from.
 */
export function checkSpan(member: Span & {file: string, text: string}, text: string): void {
  if (text.slice(member.start, member.end) !== member.text) {
    throw new TypeError(`Expected the text of '${member.file}' to hold “${member.text.slice(0, 40)}” at ${member.start}–${member.end}; is it the text the story was made from?`)
  }
}

/** A stable id for the story: a hash of its articles' ids, the same on every run. */
export function storyId(story: Story): string {
  return `urn:corroborate:story:${articleId(story.articles.map((article) => article.id))}`
}

/** A stable IRI for an article: its URL when known, else a URN made from its id. */
export function articleIri(id: string, url: string | null | undefined): string {
  return url && /^https?:\/\//i.test(url) ? url : `urn:corroborate:article:${id}`
}
