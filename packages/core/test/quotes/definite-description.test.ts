import {describe, expect, test} from 'vitest'
import {findQuotes, parseArticle} from '../../src/index.js'

function speakers(text: string): Array<string | null> {
  return findQuotes(parseArticle(text, {format: 'text'})).map((quote) => quote.speaker?.name ?? null)
}

describe('"the official said" goes back to the description the article gave first', () => {
  test('a definite description takes the fuller one before it, and a quote carried on from it too', () => {
    const text = [
      '"The pier will hold," a veteran harbour board engineer said on condition of anonymity.',
      '"The pilings were replaced last spring," the engineer said.',
      '"Nobody was hurt."'
    ].join('\n\n')
    expect(speakers(text)).toEqual(['veteran harbour board engineer', 'veteran harbour board engineer', 'veteran harbour board engineer'])
  })

  test('the latest matching description wins, and one that does not end the same is left alone', () => {
    const text = [
      '"Tickets sold out," a festival spokesman said.',
      '"Parking is free," a city parking spokesman said.',
      '"Gates open at noon," the spokesman said.',
      '"Bring water," the organiser said.'
    ].join('\n\n')
    expect(speakers(text)).toEqual(['festival spokesman', 'city parking spokesman', 'city parking spokesman', 'organiser'])
  })
})
