import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

/** The dates of an invented article, with or without a published date. */
function dates(body: string, published: string | null = null) {
  const article = parseArticle(`Headline here\n\n${body}`, {format: 'text', metadata: {published}})
  return findClaims(article).flatMap((claim) => claim.dates)
}

describe('a month with a part and "of" but no year ("late January of")', () => {
  test('undated: a month with the year unknown, the part kept, "of" left out of the span', () => {
    const [date] = dates('Mayor Dana Okafor of Riverton resigned in late January of a hard winter, aides said.')
    expect(date).toMatchObject({text: 'late January', value: '--01', from: null, to: null, granularity: 'days', resolution: 'unanchored', part: 'late'})
  })

  test('dated: the part of the month in the published year', () => {
    const [date] = dates('Mayor Dana Okafor of Riverton resigned in late January of a hard winter, aides said.', '2026-03-02')
    expect(date).toMatchObject({text: 'late January', value: '2026-01', from: '2026-01-21', to: '2026-01-31', part: 'late'})
  })

  test('"of last year" gives the year before the article\'s, in one date', () => {
    const found = dates('The Riverton council met in late January of last year to vote on the harbour plan.', '2026-03-02')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({text: 'late January of last year', value: '2025-01', from: '2025-01-21', to: '2025-01-31', resolution: 'anchored', part: 'late'})
  })

  test('"of this year" undated: still a month with no year, never a guess', () => {
    const found = dates('The Riverton council met in early March of this year to vote on the harbour plan.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({text: 'early March of this year', value: '--03', from: null, resolution: 'unanchored', part: 'early'})
  })

  test('no part named: no part field', () => {
    const [date] = dates('The Riverton council met in January of 2025 to vote on the harbour plan.')
    expect(date).toMatchObject({value: '2025-01', from: '2025-01-01', to: '2025-01-31'})
    expect(date).not.toHaveProperty('part')
  })
})
