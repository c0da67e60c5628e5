import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

describe('a short scare quote in single curly marks inside a report', () => {
  test('stays part of the reported content', () => {
    expect(reported('Lorne Askew said the levy was a first step in the ‘pivot’ toward river freight.'))
      .toContainEqual({text: 'the levy was a first step in the ‘pivot’ toward river freight', cue: 'said', speaker: 'Lorne Askew'})
  })

  test('a longer single-quoted run or double marks are a quote of their own', () => {
    const said = (text: string) => reported(text).filter((q) => q.cue === 'said')
    expect(said('Lorne Askew said the levy was a ‘first step toward a fairer river’ for barge crews.')).toEqual([])
    expect(said('Lorne Askew said the levy was a first step in the “pivot” toward river freight.')).toEqual([])
  })
})
