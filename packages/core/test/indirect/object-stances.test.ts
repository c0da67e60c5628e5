import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

// Stance verbs whose plain object is what is reported (VerbNet judgment-33,
// characterize-29.2, consider-29.9, want-32.1; "order", "post", "suggest", "list",
// "estimate"): on PolNeAR train each form is annotated as a report at least ~40% of
// the times it is read so, on both halves.
describe('stance verbs with a plain object', () => {
  test('a verb of blame or praise reports its object', () => {
    expect(reported(intro + 'Okafor attacked the ferry budget at the harbor meeting.'))
      .toEqual([{text: 'the ferry budget', cue: 'attacked', speaker: 'Dana Okafor'}])
    expect(reported(intro + 'Okafor lauded the night crews of the cannery.').map((quote) => quote.cue))
      .toEqual(['lauded'])
  })

  test('a reminder reports its clause, an invoked text its object', () => {
    expect(reported(intro + 'Okafor reminded the board that the pier needed new pilings.').map((quote) => quote.text))
      .toEqual(['the pier needed new pilings'])
    expect(reported(intro + 'Okafor invoked the old harbor charter.').map((quote) => quote.text))
      .toEqual(['the old harbor charter'])
  })

  test('seeking, ordering, suggesting and considering report their object', () => {
    expect(reported(intro + 'Okafor sought a second vote on the toll.').map((quote) => quote.text))
      .toEqual(['a second vote on the toll'])
    expect(reported(intro + 'Okafor ordered an audit of the cannery accounts.').map((quote) => quote.text))
      .toEqual(['an audit of the cannery accounts'])
    expect(reported(intro + 'Okafor suggested a smaller toll for students.').map((quote) => quote.text))
      .toEqual(['a smaller toll for students'])
    expect(reported(intro + 'Okafor considered the levy a fair price.').map((quote) => quote.text))
      .toEqual(['the levy a fair price'])
  })

  test('a post and a list report what they hold', () => {
    expect(reported(intro + 'Okafor posted a short video about the dredging.').map((quote) => quote.text))
      .toEqual(['a short video about the dredging'])
    expect(reported(intro + 'Okafor listed three reasons for the delay.').map((quote) => quote.text))
      .toEqual(['three reasons for the delay'])
  })

  test('the same words as nouns or modifiers report nothing', () => {
    expect(reported(intro + 'The attacks on the pier went on for a week.')).toEqual([])
    expect(reported(intro + 'Ordered by the court, the ferry stopped.')).toEqual([])
    expect(reported(intro + 'A suggested route runs past the cannery.')).toEqual([])
  })

  test('talking and requesting still need a topic or a clause', () => {
    expect(reported(intro + 'Okafor requested a new budget.')).toEqual([])
  })
})
