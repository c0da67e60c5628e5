import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ArticleError, parseArticle, type Format} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

/** Any input either parses with valid spans or is refused with an ArticleError. */
function parsesOrRefuses(input: string, format?: Format): void {
  try {
    expectArticleInvariants(parseArticle(input, format ? {format} : {}))
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error
  }
}

const newsy = fc.array(fc.oneof(
  fc.constantFrom('said', 'Dec. 29', 'U.S.', '“', '”', '"', "'", '‘', '’', '\n', '\n\n', ' ', '—', 'KEY POINTS\n', '- ', 'Also Read: ', 'WASHINGTON: ', ' date 2025-01-02 ', '— A B (@ab) May 1, 2020', '<p>', '</p>', '# ', '---\n', '{', '}', '…', '.', 'p.m.', 'Gen.'),
  fc.string({maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 12})
), {maxLength: 60}).map((parts) => parts.join(''))

describe('parseArticle on any input', () => {
  test('any string, format detected', () => {
    fc.assert(fc.property(fc.string({maxLength: 400}), (input) => parsesOrRefuses(input)), fuzzRuns(300))
  })
  test('news-like soup, each format', () => {
    for (const format of ['text', 'markdown', 'html', 'json'] as const) {
      fc.assert(fc.property(newsy, (input) => parsesOrRefuses(input, format)), fuzzRuns(150))
    }
  })
  test('full unicode, as text', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (input) => parsesOrRefuses(input, 'text')), fuzzRuns(200))
  })
  test('rejects non-strings with a TypeError', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseArticle(null as unknown as string)).toThrow('Expected string, not null')
  })
})
