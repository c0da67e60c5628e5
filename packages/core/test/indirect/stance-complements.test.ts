import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

describe('"that" clauses after adjectives, bare nouns and a fronted phrase', () => {
  test('a phrase of time right after "that" stays in the reported clause', () => {
    expect(reported(intro + 'Okafor says that in 2019 the toll bridge earned less than its upkeep.'))
      .toEqual([{text: 'in 2019 the toll bridge earned less than its upkeep', cue: 'says', speaker: 'Dana Okafor'}])
  })

  test('a pronoun right after "that" opens the clause', () => {
    expect(reported(intro + 'Okafor told the board that this budget leaves the ferry short.').map((quote) => quote.text))
      .toEqual(['this budget leaves the ferry short'])
  })

  test('the subject of a stance adjective holds the "that" clause', () => {
    expect(reported(intro + 'Okafor is not convinced that the ferry can pay for itself.'))
      .toEqual([{text: 'the ferry can pay for itself', cue: 'convinced', speaker: 'Dana Okafor'}])
    expect(reported(intro + 'She remained hopeful that Varik would share the cost of the dredging.').map((quote) => quote.cue))
      .toEqual(['hopeful'])
  })

  test('an adjective with no linking verb, or a dummy "it", reports nothing here', () => {
    expect(reported('It was clear that the pier needed new pilings before winter.')).toEqual([])
    expect(reported('A proud crowd that Riverton had not seen in years filled the square.')).toEqual([])
  })

  test('a speech noun with no owner reports its clause with no speaker', () => {
    expect(reported('Across the harbor there was a fear that the cannery would move to Marle.'))
      .toEqual([{text: 'the cannery would move to Marle', cue: 'fear', speaker: null}])
  })

  test('a relative "that" after a noun is not a report', () => {
    expect(reported('The claims that were filed in March reached the court in June.')).toEqual([])
  })

  test('a negated infinitive is still what was decided', () => {
    expect(reported(intro + 'Okafor decided not to seek another term.').map((quote) => quote.text))
      .toEqual(['not to seek another term'])
  })

  test('a phrase of time before a pronoun subject is skipped', () => {
    expect(reported(intro + 'Okafor said in winter it takes the ferry twice as long.').map((quote) => quote.text))
      .toEqual(['it takes the ferry twice as long'])
  })

  test('a label keeps a claim that holds a quoted phrase, not one that is a quotation', () => {
    expect(reported(intro + '\n\nOkafor: Toll Plan a ‘Quiet Tax’ on Riverton Commuters\n\nThe vote is in May.'))
      .toEqual([{text: 'Toll Plan a ‘Quiet Tax’ on Riverton Commuters', cue: ':', speaker: 'Dana Okafor'}])
    expect(reported(intro + '\n\nOkafor: ‘Nobody Asked the Ferry Crews’\n\nThe vote is in May.')).toEqual([])
  })

  test('a question put to someone is reported with no speaker', () => {
    expect(reported(intro + 'Okafor was asked by a caller whether the ferry would run in winter.'))
      .toEqual([{text: 'whether the ferry would run in winter', cue: 'asked', speaker: null}])
    expect(reported(intro + 'The pier stayed shut, and Okafor, when asked about the repairs, left the room.').map((quote) => quote.text))
      .toEqual(['the repairs'])
  })

  test('an aside between the verb and its clause is passed over', () => {
    expect(reported(intro + 'Okafor argued, as before, that the dredging could wait.').map((quote) => quote.text))
      .toEqual(['the dredging could wait'])
    expect(reported(intro + 'Okafor insists, rain or shine, she will open the pier herself.').map((quote) => quote.text))
      .toEqual(['she will open the pier herself'])
  })

  test('a second verb in a relative clause shares its antecedent', () => {
    expect(reported(intro + 'Okafor, who toured the pier in March and said the pilings were rotten, left before the vote.'))
      .toContainEqual({text: 'the pilings were rotten', cue: 'said', speaker: 'Dana Okafor'})
  })
})

describe('"propose" with a plain object', () => {
  test('what is proposed is the content', () => {
    expect(reported('Ines Adler and Omar Reyes run for mayor of Marle. Adler proposed a toll on the harbour bridge.'))
      .toContainEqual(expect.objectContaining({text: 'a toll on the harbour bridge', cue: 'proposed', speaker: 'Ines Adler'}))
  })
})
