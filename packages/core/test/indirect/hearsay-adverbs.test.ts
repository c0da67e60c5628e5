import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

describe('hearsay adverbs', () => {
  test('"X reportedly did P" reports the clause, subject included, with no speaker', () => {
    expect(reported('The Tolvern ferry line reportedly lost its largest buyer last spring.'))
      .toEqual([{text: 'The Tolvern ferry line reportedly lost its largest buyer last spring', cue: 'reportedly', speaker: null}])
  })

  test('after an auxiliary too', () => {
    expect(reported('Two wardens have allegedly sold their votes to the quarry owners.'))
      .toEqual([{text: 'Two wardens have allegedly sold their votes to the quarry owners', cue: 'allegedly', speaker: null}])
  })

  test('a named source reporting the same words keeps them', () => {
    expect(reported('Warden Ilse Marrow said the quarry reportedly closed in June.').map((quote) => quote.speaker)).toEqual(['Warden Ilse Marrow'])
  })
})
