import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

/** The quantities of a one-paragraph article written for the case. */
function quantities(sentence: string) {
  const article = parseArticle(`Headline here\n\n${sentence}`, {format: 'text', metadata: {published: '2024-05-10'}})
  return findClaims(article).flatMap((claim) => claim.quantities)
}

describe('limits written after the number or as a comparison', () => {
  test('"18 or older", "65 and over", "30 feet or more" are inclusive lower bounds, with the words in the span', () => {
    expect(quantities('Only drivers 18 or older may cross the Tarrow bridge at night.')[0]).toMatchObject({value: 18, qualifier: 'at-least', text: '18 or older'})
    expect(quantities('Residents aged 65 and over ride the Riverton ferry free.')[0]).toMatchObject({value: 65, qualifier: 'at-least'})
    expect(quantities('The new sea wall will rise 30 feet or more above the harbour.')[0]).toMatchObject({value: 30, unit: 'foot', qualifier: 'at-least'})
  })

  test('"12 or younger", "five or fewer" are inclusive upper bounds; "older than 18" is exclusive', () => {
    expect(quantities('Children 12 or younger swim free at the Lindale pool.')[0]).toMatchObject({value: 12, qualifier: 'at-most'})
    expect(quantities('Clubs with 5 or fewer members lose their grant.')[0]).toMatchObject({value: 5, qualifier: 'at-most'})
    expect(quantities('Only drivers older than 18 may cross the Tarrow bridge at night.')[0]).toMatchObject({value: 18, qualifier: 'more-than'})
  })
})

describe('fractions written with a slash', () => {
  test('a zero denominator ("0/0", "5/0") is no number at all (it was NaN and Infinity)', () => {
    const zero = quantities('Officials said 0/0 and 5/0 were shown on the 12 gates of Varik on Monday.')
    expect(zero.map((quantity) => quantity.value)).toEqual([12])
  })
})

describe('a quantity stays inside its sentence', () => {
  test('a range, list or unit is not read across a line break into the next sentence (a property-test counterexample)', () => {
    const article = parseArticle('0 {0 0 and \n 15-year', {format: 'text'})
    expect(findClaims(article).length).toBeGreaterThan(0)
    for (const claim of findClaims(article)) {
      for (const quantity of claim.quantities) {
        expect(quantity.start).toBeGreaterThanOrEqual(claim.start)
        expect(quantity.end).toBeLessThanOrEqual(claim.end)
      }
    }
  })
})
