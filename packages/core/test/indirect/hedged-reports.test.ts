import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'
import {intro, reported} from './helpers-indirect.js'

describe('evidential clauses: the writer hedges with no source named', () => {
  test('"is expected to" reports the whole clause, with no speaker', () => {
    expect(reported('The Riverton mill is expected to reopen in May after the repairs.'))
      .toEqual([{text: 'The Riverton mill is expected to reopen in May after the repairs', cue: 'is expected', speaker: null}])
  })

  test('a raising verb reports its subject and complement', () => {
    expect(reported('The harbor council seemed ready to approve the ferry contract.'))
      .toEqual([{text: 'The harbor council seemed ready to approve the ferry contract', cue: 'seemed', speaker: null}])
  })

  test('"it appears that P" reports P', () => {
    expect(reported('It appears that the ferry line will lose its subsidy next year.'))
      .toEqual([{text: 'the ferry line will lose its subsidy next year', cue: 'appears', speaker: null}])
  })

  test('appearing in person is not seeming', () => {
    expect(reported('Mayor Dana Okafor appeared at the harbor festival on Sunday afternoon.')).toEqual([])
  })

  test('a named source reporting the same words keeps them', () => {
    const found = reported('Mayor Dana Okafor said the mill is expected to reopen in May.')
    expect(found.map((quote) => quote.speaker)).toEqual(['Dana Okafor'])
  })

  test('a hedged claim stays the outlet\'s own', () => {
    const article = parseArticle('The Riverton mill is expected to reopen in May after the repairs.', {format: 'text'})
    const [claim] = findClaims(article)
    expect(claim?.assertor.kind).toBe('outlet')
  })
})

describe('transcript labels', () => {
  test('a label at a paragraph\'s start owns every sentence of the paragraph', () => {
    const text = 'Mayor Dana Okafor of Riverton spoke on Monday.\n\nOkafor: The bridge will reopen in May. The ferry will run until then. Nobody will be stranded.'
    expect(reported(text)).toContainEqual({text: 'The bridge will reopen in May. The ferry will run until then. Nobody will be stranded', cue: ':', speaker: 'Dana Okafor'})
  })
})

describe('a participle after a quote\'s cue', () => {
  test('"“…,” she said, referring to X" gives X to the quote\'s speaker', () => {
    expect(reported(intro + '"The work is paid fairly," she said at the harbor, referring to the new ferry contract.'))
      .toContainEqual({text: 'the new ferry contract', cue: 'referring', speaker: 'Dana Okafor'})
  })

  test('"“…,” Okafor told reporters, adding that P" reports P', () => {
    expect(reported(intro + '"We will win," Okafor told reporters, adding that the vote was close.'))
      .toContainEqual({text: 'the vote was close', cue: 'adding', speaker: 'Dana Okafor'})
  })

  test('an inverted cue "“…,” said Okafor, noting that P" reports P', () => {
    expect(reported(intro + '"We will win," said Okafor, noting that the vote was close.'))
      .toContainEqual({text: 'the vote was close', cue: 'noting', speaker: 'Dana Okafor'})
  })
})

describe('"In a poll …, P"', () => {
  test('a fronted survey is the source of the clause after it', () => {
    expect(reported('In a poll the harbor board ran over the summer, most Riverton ferry riders took the early boat.'))
      .toEqual([{text: 'most Riverton ferry riders took the early boat', cue: 'In', speaker: expect.stringContaining('poll')}])
  })

  test('a set phrase or a clause with its own speech verb is not', () => {
    expect(reported('In other words, the ferry plan will cost more than the bridge.')).toEqual([])
    const found = reported('Mayor Dana Okafor spoke on Monday. In a statement, Okafor said the ferry plan would cost more.')
    expect(found.map((quote) => quote.cue)).toEqual(['said'])
  })
})

describe('a fronted "asked"', () => {
  test('"When asked on the radio whether P, Okafor said" reports what was asked', () => {
    expect(reported(intro + 'When asked on a radio show whether the mill would reopen, Okafor said she hoped so.'))
      .toContainEqual({text: 'whether the mill would reopen', cue: 'asked', speaker: 'Dana Okafor'})
  })
})
