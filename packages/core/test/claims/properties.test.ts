import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ArticleError, findClaims, findDates, parseArticle} from '../../src/index.js'
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

describe('counterexamples the fuzz run shrank (scripts/fuzz.mjs)', () => {
  test('a day "range" ending before it starts is its first day alone, not a range running backwards', () => {
    // Shrunk from the news-like article property: chrono reads "March 3 -1" as March 3 to March 1.
    for (const body of ['on March 3 -1 said.', 'The fair in Dunmarrow was held March 13-11.']) {
      const article = parseArticle(`Council vote\n\n${body}`, {format: 'text', metadata: {published: '2025-03-04'}})
      expectClaimInvariants(article, findClaims(article))
      const [date] = findDates(article)
      expect(date!.to).toBe(date!.from)
    }
    const article = parseArticle('Fair\n\nThe fair in Dunmarrow runs March 30-31.', {format: 'text', metadata: {published: '2025-03-04'}})
    expect(findDates(article).map((d) => [d.from, d.to])).toEqual([['2025-03-30', '2025-03-31']])
  })
})

