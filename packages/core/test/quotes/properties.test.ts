import fc from 'fast-check'
import {expect, test} from 'vitest'
import {ArticleError, analyzeQuotes, parseArticle} from '../../src/index.js'
import {expectQuoteInvariants} from './invariants.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

/** Text made of the pieces quote finding cares about: marks, apostrophes, cues, names. */
const pieces = fc.constantFrom(
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', ' ', ' ', '\n', '\n\n', ', ', '. ', ': ', ' — ', '-', '…', '[', ']', '(', ')',
  'said', 'told reporters', 'added', 'according to', 'he', 'she', 'they', 'Marle', 'Ilya Marinov', 'the American president',
  'Russia’s', "don't", "'90s", 'on X', 'in a statement', 'who', 'a Kremlin envoy', 'that', 'Also Read:', 'KEY POINTS', '- '
)
const articleText = fc.oneof(
  fc.array(pieces, {maxLength: 60}).map((parts) => parts.join('')),
  fc.string({maxLength: 300}),
  fc.string({unit: 'binary', maxLength: 200})
)

test('any text gives quotes with valid spans and never throws', () => {
  fc.assert(fc.property(articleText, (text) => {
    let article
    try {
      article = parseArticle(text, {format: 'text'})
    } catch (error) {
      // Empty or unusable input is the parser's to refuse, with its own error.
      if (error instanceof ArticleError) return
      throw error
    }
    const {quotes, terms} = analyzeQuotes(article, {indirect: true})
    expectQuoteInvariants(article, quotes, terms)
  }), fuzzRuns(400))
})

test('a caller passing something that is not an article gets a TypeError', () => {
  expect(() => analyzeQuotes(null as never)).toThrow(TypeError)
})
