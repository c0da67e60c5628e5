import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

describe('a report after its content holds a stance clause before it', () => {
  test('"P, records show" reports P, though P opens with a stance verb', () => {
    expect(reported(intro + 'Okafor agreed to sell the old pier to a ferry firm in 2010, records show.'))
      .toEqual([{text: 'Okafor agreed to sell the old pier to a ferry firm in 2010', cue: 'show', speaker: 'records'}])
  })

  test('a stance clause after a report of its own stays a report', () => {
    expect(reported(intro + 'Okafor wants a recount, and she hopes to win it.').map((quote) => quote.cue))
      .toEqual(['wants', 'hopes'])
  })
})
