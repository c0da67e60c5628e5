import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

describe('evidential clauses past an aside or a fronted phrase', () => {
  test('an aside between commas parts the subject from "seemed"', () => {
    expect(reported('The harbor economy, until this spring, seemed immune to the storms.'))
      .toEqual([{text: 'The harbor economy, until this spring, seemed immune to the storms', cue: 'seemed', speaker: null}])
  })

  test('a fronted phrase before the subject of "appeared to"', () => {
    expect(reported('In a later letter, the ferry board appeared to press the mayor for a new pier.'))
      .toEqual([{text: 'the ferry board appeared to press the mayor for a new pier', cue: 'appeared', speaker: null}])
  })
})

describe('"told" and "said" before a clause', () => {
  test('the person told may be a pronoun', () => {
    expect(reported(`${intro}Okafor told him the ferry contract was dead.`))
      .toEqual([{text: 'the ferry contract was dead', cue: 'told', speaker: 'Dana Okafor'}])
  })

  test('"this" before a verb opens the clause, not a phrase of time', () => {
    expect(reported(`${intro}Okafor told the crowd this would be the final chance to mend the pier.`))
      .toEqual([{text: 'this would be the final chance to mend the pier', cue: 'told', speaker: 'Dana Okafor'}])
    expect(reported(`${intro}While the council argued, Okafor said this was the last chance to fix the pier.`))
      .toEqual([{text: 'this was the last chance to fix the pier', cue: 'said', speaker: 'Dana Okafor'}])
  })

  test('"this week" is still a phrase of time', () => {
    expect(reported(`${intro}Okafor said this week the pier would close.`))
      .toEqual([{text: 'the pier would close', cue: 'said', speaker: 'Dana Okafor'}])
  })

  test('a place adverb may stand between a plural subject and its verb', () => {
    expect(reported('The dock crews here said they would strike before the regatta.'))
      .toEqual([{text: 'they would strike before the regatta', cue: 'said', speaker: 'dock crews'}])
  })

  test('a fronted phrase of time is not what was told', () => {
    expect(reported(`${intro}On Tuesday, Okafor told a lunch group that the pier would stay open.`))
      .toEqual([{text: 'the pier would stay open', cue: 'told', speaker: 'Dana Okafor'}])
  })
})

describe('findings and hopes with a longer subject after the verb', () => {
  test('"Polls show" at a sentence\'s start', () => {
    expect(reported('Polls show voters trust the ferry board more than the council.'))
      .toEqual([{text: 'voters trust the ferry board more than the council', cue: 'show', speaker: 'Polls'}])
  })

  test('a hoped-for clause whose subject runs several words', () => {
    expect(reported(`${intro}Okafor hopes her rivals on the harbor council do not block the plan.`))
      .toEqual([{text: 'her rivals on the harbor council do not block the plan', cue: 'hopes', speaker: 'Dana Okafor'}])
  })
})
