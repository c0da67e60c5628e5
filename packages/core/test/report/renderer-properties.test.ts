import fc from 'fast-check'
import {parseHTML} from 'linkedom'
import {describe, expect, test} from 'vitest'
import {compareArticles, parseArticle, storyToAnnotations, storyToHtml, storyToJsonLd, storyToMarkdown, storyToText} from '../../src/index.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'
import {articleInput, compareInputs} from '../helpers/news-like-properties.js'

// Article text is hostile: it may hold markup, terminal escapes and spreadsheet formulas
// (see `hostile` in the generator); every renderer must carry it as text, never obey it.
const stories = fc.array(articleInput, {minLength: 2, maxLength: 3}).map(compareInputs)

/** C0 and C1 control characters but tab and line feed: a terminal would act on them. */
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('renderers on hostile news-like articles', () => {
  test('text: no terminal control character reaches the terminal', () => {
    fc.assert(fc.property(stories, ({story}) => {
      const out = storyToText(story)
      expect(out).not.toMatch(control)
    }), fuzzRuns(8))
  })

  test('HTML: article text never becomes an element, an attribute or a script', () => {
    fc.assert(fc.property(stories, ({story, articles}) => {
      const page = storyToHtml(story, {articles: [...articles].map(([file, article]) => ({file, text: article.text}))})
      const {document} = parseHTML(page)
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const {name, value} of Array.from(element.attributes)) {
          expect(name.startsWith('on') && value.includes('pwn'), `${element.tagName} ${name}`).toBe(false)
        }
        if (element.tagName === 'SCRIPT') {
          if (element.getAttribute('type') === 'application/ld+json') expect(() => JSON.parse(element.textContent!)).not.toThrow()
          else expect(element.textContent).not.toContain('pwn')
        }
      }
      expect(document.querySelector('img[src="x"]')).toBeNull()
    }), fuzzRuns(8))
  })

  test('Markdown: no raw HTML tag from an article; JSON-LD and annotations are JSON', () => {
    fc.assert(fc.property(stories, ({story, articles}) => {
      const markdown = storyToMarkdown(story)
      expect(markdown).not.toMatch(/(?<!\\)<(script|img)\b/i)
      expect(markdown).not.toMatch(control)
      expect(() => JSON.parse(JSON.stringify(storyToJsonLd(story)))).not.toThrow()
      const texts = [...articles].map(([file, article]) => ({file, text: article.text}))
      expect(() => JSON.stringify(storyToAnnotations(story, texts))).not.toThrow()
    }), fuzzRuns(8))
  })
})

describe('control characters in article text', () => {
  // Shrunk by the property above: a C1 CSI (U+009B) in a library caller's article reached
  // the text and Markdown reports as it was (the CLI made it visible, the library did not).
  const story = compareArticles([
    {file: 'a.txt', article: parseArticle('Dock strike\n\nWorkers at Quellmar port moved 12 trucks \u009b2J on Monday.', {format: 'text'})},
    {file: 'b\u001b[31m.txt', article: parseArticle('Dock strike\n\nWorkers moved 12 trucks \u001b]0;x\u0007 on Monday, a union steward said.', {format: 'text'})}
  ])

  test('are shown as symbols in the text and Markdown reports', () => {
    for (const out of [storyToText(story), storyToMarkdown(story)]) {
      expect(out).not.toMatch(control)
      expect(out).toContain('\u241b')
    }
  })

  test('stay in the story itself, whose offsets point into the article text', () => {
    expect(story.claims.some((claim) => claim.text.includes('\u009b'))).toBe(true)
  })
})

