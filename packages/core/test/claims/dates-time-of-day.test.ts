import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

/** The dates of an invented article, with or without a published date. */
function dates(body: string, published: string | null = null) {
  const article = parseArticle(`Headline here\n\n${body}`, {format: 'text', metadata: {published}})
  return findClaims(article).flatMap((claim) => claim.dates)
}

describe('a time of day beside a calendar day ("midnight March 14", "noon on May 4")', () => {
  test('undated: the month and day are kept, not lost to a relative reading', () => {
    const [date] = dates('The ferry service to Varik stopped at midnight March 14 after the operator lost its licence.')
    expect(date).toMatchObject({text: 'midnight March 14', value: '--03-14', resolution: 'unanchored'})
  })

  test('dated: the day in the published year; midnight gives no time, as which edge of the day is not said', () => {
    const [date] = dates('The ferry service to Varik stopped at midnight March 14 after the operator lost its licence.', '2026-03-30')
    expect(date).toMatchObject({value: '2026-03-14', from: '2026-03-14', to: '2026-03-14', granularity: 'day'})
  })

  test('noon keeps its time', () => {
    const [date] = dates('The Riverton market reopened at noon on May 4 with half its stalls.', '2026-05-06')
    expect(date).toMatchObject({value: '2026-05-04T12:00', from: '2026-05-04', to: '2026-05-04'})
  })

  test('a time of day beside a relative day stays relative ("yesterday at noon")', () => {
    const [date] = dates('The Riverton market reopened yesterday at noon with half its stalls.', '2026-05-06')
    expect(date).toMatchObject({from: '2026-05-05', resolution: 'anchored'})
  })
})
