import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

/** The dates and quantities of the one claim in an invented article. */
function read(body: string) {
  const article = parseArticle(`Headline here\n\n${body}`, {format: 'text', metadata: {published: '2026-03-02'}})
  const [claim] = findClaims(article)
  return {dates: claim!.dates.map((d) => d.text), quantities: claim!.quantities.map((q) => [q.text, q.value])}
}

describe('a number over a number: a fraction before "of", a date elsewhere', () => {
  test('"3/4 of the voters" is three quarters, not March 4', () => {
    expect(read('About 3/4 of the voters in Marle backed the harbour plan on Tuesday.')).toMatchObject({
      dates: ['on Tuesday'],
      quantities: [['About 3/4', 0.75]],
    })
  })

  test('"2/3 of" at the start of a clause is two thirds', () => {
    expect(read('Some 2/3 of the members of the Varik council agreed to it.').dates).toEqual([])
  })

  test('"on 3/4" with no "of" stays a day of the year', () => {
    expect(read('The Varik council held its vote on 3/4 and the count was close.').dates).toEqual(['3/4'])
  })

  test('"3/4 of 2025" is a date in a year, not a fraction of one', () => {
    expect(read('The Varik council held its vote on 3/4 of 2025 and the count was close.').dates[0]).toMatch(/^3\/4/)
  })
})
