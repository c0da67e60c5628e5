import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Ines Adler and Omar Reyes run for mayor of Marle. Sara Lund chairs the council. '

describe('a reporting verb or a noun', () => {
  test('"the official said": an adjective-like noun before a past form is its subject', () => {
    expect(reported(cast + 'The official said the ferry would stop running in March.'))
      .toContainEqual(expect.objectContaining({text: 'the ferry would stop running in March', cue: 'said'}))
  })

  test('"his official remarks" stay a noun', () => {
    expect(reported(cast + 'His official remarks lasted an hour.').map((q) => q.cue)).not.toContain('remarks')
  })

  test('an -s form between a singular noun and a clause is the noun\'s verb', () => {
    expect(reported(cast + 'The council claims the harbor fees are far too low.'))
      .toContainEqual(expect.objectContaining({text: 'the harbor fees are far too low', cue: 'claims'}))
    expect(reported(cast + 'The board fears they will lose the ferry contract.'))
      .toContainEqual(expect.objectContaining({text: 'they will lose the ferry contract', cue: 'fears'}))
  })

  test('a plural noun before "that" keeps its relative clause', () => {
    expect(reported(cast + 'Adler visited the three towns that border the bay.').map((q) => q.cue)).toEqual([])
    expect(reported(cast + 'The ferry attacks that shocked Marle were never solved.').map((q) => q.cue)).toEqual([])
  })

  test('a contracted subject pronoun opens the clause of a belief verb', () => {
    expect(reported(cast + 'Reporters know they’re being watched by the council.'))
      .toContainEqual(expect.objectContaining({text: 'they’re being watched by the council', cue: 'know'}))
  })
})

describe('subjects a bare or coordinated reporting verb takes', () => {
  test('"who" before a bare form makes it a verb', () => {
    expect(reported(cast + 'The plan angered fishermen who say the new quay blocks the channel.'))
      .toContainEqual(expect.objectContaining({text: 'the new quay blocks the channel', cue: 'say'}))
  })

  test('a bare form after an appositive\'s comma, before a pronoun', () => {
    expect(reported(cast + 'The Varga brothers, two fishermen from the north shore, say they lost their nets in the storm.'))
      .toContainEqual(expect.objectContaining({text: 'they lost their nets in the storm', cue: 'say'}))
  })

  test('"say" as "for example" stays out', () => {
    expect(reported(cast + 'A small fee, say, a dollar a ride, would pay for the ferry.').map((q) => q.cue)).not.toContain('say')
  })

  test('a second verb takes a common-noun subject that opens the sentence', () => {
    expect(reported(cast + 'The ferry union printed leaflets in March and announced it would hold a vote on the pay deal.'))
      .toContainEqual(expect.objectContaining({text: 'it would hold a vote on the pay deal', cue: 'announced'}))
  })
})

describe('"question" takes what it doubts as its object', () => {
  test('"questioned X\'s figures" reports the doubt', () => {
    expect(reported(cast + 'Reyes questioned Lund’s figures for the ferry budget.'))
      .toContainEqual(expect.objectContaining({text: 'Lund’s figures for the ferry budget', cue: 'questioned', speaker: 'Omar Reyes'}))
  })

  test('the noun stays a noun', () => {
    expect(reported(cast + 'The question of the ferry budget came up twice.').map((q) => q.cue)).toEqual([])
  })
})
