import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

/** The quantities of a one-paragraph article written for the case. */
function quantities(sentence: string) {
  const article = parseArticle(`Headline here\n\n${sentence}`, {format: 'text', metadata: {published: '2024-05-10'}})
  return findClaims(article).flatMap((claim) => claim.quantities)
}

describe('quantities written across several words', () => {
  test('a unit "and a half" is one value, with its qualifier', () => {
    expect(quantities('Roughly a week and a half later, Sara Lund quit the Marle board.')).toEqual([
      expect.objectContaining({value: 1.5, unit: 'week', qualifier: 'about'})
    ])
    expect(quantities('The hearing in Varik ran for two and a half hours without a pause.')[0]).toMatchObject({value: 2.5, unit: 'hour'})
    expect(quantities('Omar Reyes spent the last hour and a half at the depot talking about roads.')).toEqual([
      expect.objectContaining({value: 1.5, unit: 'hour'})
    ])
  })

  test('"and a half" after a noun that is no unit is no quantity', () => {
    expect(quantities('A neighbour and a half-brother of the mayor both came to the hearing.')).toEqual([])
  })

  test('"a pair of" counts two of its plural noun', () => {
    expect(quantities('Dana Okafor hired a pair of young engineers for the depot.')[0]).toMatchObject({value: 2, unit: 'engineer'})
  })

  test('a count taken out of a set counts the set\'s noun; "one of the" alone is no count', () => {
    expect(quantities('Three of the ferries to Riverton stayed in port all week.')[0]).toMatchObject({value: 3, unit: 'ferry'})
    expect(quantities('Pavel Marek sent at least one of those letters to a reporter.')[0]).toMatchObject({value: 1, unit: 'letter', qualifier: 'at-least'})
    expect(quantities('One of the ferries was late again on Tuesday.')).toEqual([])
  })

  test('a fraction bounded by a qualifier needs no "of" after it', () => {
    expect(quantities('Of the 400 nurses in Marle, about half stayed at work on Monday.')).toEqual([
      expect.objectContaining({value: 400, unit: 'nurse'}),
      expect.objectContaining({value: 0.5, unit: 'fraction', qualifier: 'about'})
    ])
    expect(quantities('Half the time the bus is late.')).toEqual([])
  })
})
