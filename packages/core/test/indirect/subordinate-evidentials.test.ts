import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

describe('hedged clauses below the main clause', () => {
  test('an evidential inside a relative clause reports the clause with its pronoun', () => {
    expect(reported('Wardens in Tolvern signed the ferry deal, which is expected to cost less than the old one.'))
      .toEqual([{text: 'which is expected to cost less than the old one', cue: 'is expected', speaker: null}])
  })

  test('an evidential inside an adverbial clause reports that clause only', () => {
    expect(reported('If the levy seems fair to the wardens, a vote will follow in May.'))
      .toEqual([{text: 'the levy seems fair to the wardens', cue: 'seems', speaker: null}])
    expect(reported('Ferry fares rose in Tolvern while the bus line appears to be losing riders.'))
      .toEqual([{text: 'the bus line appears to be losing riders', cue: 'appears', speaker: null}])
  })

  test('an evidential main clause wins over one in a later subordinate clause', () => {
    expect(reported('Tolvern wardens seemed ready to act, although the ferry line appears to be wary.'))
      .toEqual([{text: 'Tolvern wardens seemed ready to act', cue: 'seemed', speaker: null}])
  })
})
