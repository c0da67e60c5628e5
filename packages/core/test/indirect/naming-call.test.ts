import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Ines Adler and Omar Reyes run for mayor of Marle. Sara Lund chairs the council. '

describe('"call" that judges what it names', () => {
  test('"called him reckless" reports the object and the judgment', () => {
    expect(reported(cast + 'Lund called him reckless after the budget vote.'))
      .toContainEqual(expect.objectContaining({text: 'him reckless after the budget vote', cue: 'called', speaker: 'Sara Lund'}))
  })

  test('a name and a second noun phrase', () => {
    expect(reported(cast + 'Adler called Reyes a danger to the harbour.'))
      .toContainEqual(expect.objectContaining({text: 'Reyes a danger to the harbour', cue: 'called', speaker: 'Ines Adler'}))
  })

  test('a participle after a comma takes the clause subject', () => {
    expect(reported(cast + 'Reyes attacked the ferry plan on Friday, calling it a gift to landlords.'))
      .toContainEqual(expect.objectContaining({text: 'it a gift to landlords', cue: 'calling'}))
  })

  test('the telephone sense reports nothing', () => {
    const calls = (text: string) => reported(cast + text).filter((q) => q.cue?.startsWith('call'))
    expect(calls('Lund called him on Monday.')).toEqual([])
    expect(calls('Adler called Reyes twice before the debate.')).toEqual([])
    expect(calls('Reyes called her back within the hour.')).toEqual([])
    expect(calls('Adler called Lund.')).toEqual([])
  })
})
