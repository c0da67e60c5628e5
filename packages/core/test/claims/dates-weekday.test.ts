import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

/** The resolved days of each sentence of an article published on `published`. */
function days(body: string, published: string): Array<string | null> {
  const article = parseArticle(`Headline here\n\n${body}`, {format: 'text', metadata: {published}})
  return findClaims(article).flatMap((claim) => claim.dates.map((date) => date.from))
}

// 2026-03-02 is a Monday: the weekdays named fall across the week boundary.
const monday = '2026-03-02T09:00:00Z'

describe('weekdays resolved against the article\'s date and the verb\'s tense', () => {
  test('past tense: the weekday before the article, in the week before', () => {
    expect(days('The minister resigned on Friday after the long vote.', monday)).toEqual(['2026-02-27'])
    expect(days('The mayor spoke on Sunday about the harbour fire.', monday)).toEqual(['2026-03-01'])
  })

  test('future tense: the weekday after the article, in the week after', () => {
    expect(days('The council will meet on Friday to choose a successor.', monday)).toEqual(['2026-03-06'])
  })

  test('a Friday article: "on Thursday" in the past tense is the day before', () => {
    expect(days('The two leaders spoke by phone on Thursday about the talks.', '2026-03-06T12:00:00Z')).toEqual(['2026-03-05'])
  })

  test('relative weeks resolve to the calendar week before or two before', () => {
    const [lastWeek] = findClaims(parseArticle('Headline here\n\nThe lawyer joined the firm last week after a long search.', {format: 'text', metadata: {published: monday}}))[0]!.dates
    expect(lastWeek).toMatchObject({from: '2026-02-23', to: '2026-03-01'})
  })

  test('the same result whatever the host time zone (run this file under TZ=Asia/Tokyo and TZ=America/Los_Angeles)', () => {
    expect(days('The minister resigned on Friday after the long vote.', '2026-03-02')).toEqual(['2026-02-27'])
    expect(days('The minister resigned on Friday after the long vote.', '2026-03-02T23:30:00Z')).toEqual(['2026-02-27'])
  })
})
