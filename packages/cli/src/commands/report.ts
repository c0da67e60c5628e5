import {
  compareArticles, findClaims, findEntities, findQuotes, jsonChunks, storyToAnnotations, storyToHtmlChunks, storyToJsonLd, storyToMarkdown, storyToText,
  type Story, type StoryInput, type StoryText
} from '@corroborate/core'
import {scriptSafeJson} from '../safe-json.js'
import {style} from '../style.js'
import type {Command, RenderContext} from './command.js'

/** `corroborate [report]`: the story across articles. */
export const reportCommand: Command<StoryInput & {file: string}> = {
  name: 'report',
  summary: 'Compare how the articles tell one story',
  formats: ['text', 'json', 'markdown', 'html', 'annotations', 'jsonld'],
  defaultFormat: 'text',
  examples: [
    'corroborate seeds/',
    'corroborate report --format json a.html b.txt c.md > story.json',
    'corroborate report --format markdown stories/ukraine/ -o report.md',
    'corroborate report --format html seeds/ -o report.html',
    'corroborate report --format annotations seeds/ > annotations.jsonld',
    'corroborate report --format jsonld seeds/ > story.jsonld'
  ],
  analyze(article, file) {
    const entities = findEntities(article)
    const quotes = findQuotes(article, {nested: true, entities})
    // An undated article's claims wait for the story's date, which compareArticles knows.
    return {file, article, entities, quotes, ...(article.published ? {claims: findClaims(article, {quotes, entities})} : {})}
  },
  all(records, format, context) {
    const story = compareArticles(records)
    // The texts the story's offsets point into, with what the renderers show of each source.
    const texts = (): StoryText[] => records.map(({file, article}) => ({file, text: article.text, url: article.source.url, outlet: article.source.outlet}))
    switch (format) {
      // JSON and HTML in pieces: a story of a thousand articles is written without becoming one string.
      case 'json': return withNewline(jsonChunks(story))
      case 'markdown': return storyToMarkdown(story)
      case 'html': return storyToHtmlChunks(story, {articles: texts()})
      case 'annotations': return scriptSafeJson(storyToAnnotations(story, texts()), 2) + '\n'
      case 'jsonld': return scriptSafeJson(storyToJsonLd(story, texts()), 2) + '\n'
      default: return toText(story, context)
    }
  }
}

function toText(story: Story, context: RenderContext): string {
  return storyToText(story, {width: context.columns, paint: style(context.color)})
}

function * withNewline(chunks: Iterable<string>): Generator<string> {
  yield * chunks
  yield '\n'
}
