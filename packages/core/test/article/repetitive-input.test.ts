import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ArticleError, findClaims, findEntities, findQuotes, parseArticle, type Format} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'
import {fuzzRuns, fuzzTimeout} from '../helpers/fuzz-runs.js'

// The shapes hostile input repeats (bench/hostile.mjs times them at 1 MB): quote marks
// around tiny words, "said" and cue clauses, names, dates, abbreviations, empty
// paragraphs, Markdown openers and unclosed HTML.
const unit = fc.array(fc.oneof(
  fc.constantFrom("'a' ", '“a” ', 'a.\n\n', 'said ', 'was said ', '“I think,” Dana Okafor said. ', 'said Oren Vale ',
    'Dana Okafor met Oren Vale in Riverton. ', 'On Monday, Dec. 29, 2025 at 3 p.m. ', 'About 12 people and 3,400 cars. ',
    'U.S. ', 'Mr. ', 'Alpha of Beta ', 'ab-', '*_', '[a](', '>', '<div>', '<table><tr><td>', '<p>a said b. '),
  fc.string({maxLength: 6})
), {minLength: 1, maxLength: 3}).map((parts) => parts.join(''))

describe('repetitive input', () => {
  test('any unit repeated to tens of kilobytes parses with valid spans or is refused with an ArticleError, in every format', () => {
    fc.assert(fc.property(unit, fc.integer({min: 2_000, max: 20_000}), fc.constantFrom<Format>('text', 'markdown', 'html'), (piece, size, format) => {
      const input = piece.repeat(Math.ceil(size / Math.max(1, piece.length)))
      let article
      try {
        article = parseArticle(input, {format})
      } catch (error) {
        if (error instanceof ArticleError) return
        throw error
      }
      expectArticleInvariants(article)
      const entities = findEntities(article)
      const quotes = findQuotes(article, {entities, nested: true})
      const claims = findClaims(article, {quotes, entities})
      for (const item of [...entities.mentions, ...quotes, ...claims]) {
        expect(item.start).toBeGreaterThanOrEqual(0)
        expect(item.end).toBeLessThanOrEqual(article.text.length)
        expect(item.start).toBeLessThanOrEqual(item.end)
      }
      for (const claim of claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text)
    }), fuzzRuns(20))
  }, fuzzTimeout(120_000))
})
