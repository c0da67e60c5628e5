import fc from 'fast-check'
import {describe, test} from 'vitest'
import {ArticleError, findClaims, parseArticle} from '../../src/index.js'
import {expectClaimInvariants} from './invariants.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

const newsy = fc.array(fc.oneof(
  fc.constantFrom('said', 'Dec. 29', 'on Monday', 'next month', 'the day prior', '1:00 p.m.', 'in early January', '91', 'two', 'at least',
    'nearly', '90 percent', '90%', '$15', '1.2 million', '30, 40, 50 years', '15-year', 'alleged', 'denied', 'according to', '“', '”', '"',
    '\n', '\n\n', ' ', '.', '?', 'Marle', 'Marinov said', ' date 2025-12-31 ', 'between', 'and', 'to', '-', ',', 'a dozen', 'half of'),
  fc.string({maxLength: 10})
), {maxLength: 60}).map((parts) => parts.join(' '))

function claimsHoldOrRefuse(input: string): void {
  let article
  try {
    article = parseArticle(input, {format: 'text'})
  } catch (error) {
    if (error instanceof ArticleError) return
    throw error
  }
  expectClaimInvariants(article, findClaims(article))
}

describe('findClaims on any input', () => {
  test('news-like soup gives claims with valid spans, never a throw', () => {
    fc.assert(fc.property(newsy, claimsHoldOrRefuse), fuzzRuns(200))
  })
  test('any string', () => {
    fc.assert(fc.property(fc.string({maxLength: 300}), claimsHoldOrRefuse), fuzzRuns(200))
  })
})
