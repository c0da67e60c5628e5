import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ArticleError, parseArticle} from '../../src/index.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

/** Markup-ish strings: tags, attributes, entities and words mixed at random. */
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div class="share">', '</div>', '<br>', '<h2>', '</h2>', '<li>', '<blockquote class="twitter-tweet">', '<figure><figcaption>', '<script>', '</script>', '<html>', '<body>', '&amp;', '&#x27;', '&', '<', '>', '"', '<!--', '-->', '<article>', '<table><td>'),
      fc.constantFrom('The minister said', ' on Monday.', ' — Name (@handle) May 1, 2024', 'Also Read: more', 'By Jane Doe', 'WASHINGTON —'),
      fc.string()
    ),
    {maxLength: 40}
  )
  .map((parts) => parts.join(''))

function check(html: string): void {
  try {
    const article = parseArticle(html, {format: 'html'})
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text)
    expect(article.sourceMap).toHaveLength(article.blocks.length)
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error
  }
}

describe('any string as HTML', () => {
  it('gives an article with valid offsets or throws ArticleError', () => {
    fc.assert(fc.property(fc.string(), check), fuzzRuns(300))
    fc.assert(fc.property(markup, check), fuzzRuns(300))
  })
})
