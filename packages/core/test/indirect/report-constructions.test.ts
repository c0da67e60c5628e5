import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

describe('headlines and labels', () => {
  test('a title-case headline reports by its verb form', () => {
    expect(reported('Mayor Dana Okafor Says Riverton Bridge Will Reopen In May\n\nThe bridge closed in March.'))
      .toContainEqual({text: 'Riverton Bridge Will Reopen In May', cue: 'Says', speaker: expect.stringMatching(/Dana Okafor$/)})
  })

  test('a capitalised word outside a headline is no verb', () => {
    expect(reported('The Riverton Reports Office opened a branch on the harbor road last year.')).toEqual([])
  })

  test('"Name: P" reports when the label is someone the article names', () => {
    expect(reported(intro + '\n\nOkafor: Bridge Will Reopen In May\n\nThe bridge closed in March.'))
      .toContainEqual({text: 'Bridge Will Reopen In May', cue: ':', speaker: 'Dana Okafor'})
  })

  test('a section label is no source', () => {
    expect(reported('Update: the bridge will reopen in May after repairs.')).toEqual([])
  })
})

describe('what a verb reports', () => {
  test('"said her …" reads "her" as a possessive', () => {
    expect(reported(intro + 'Okafor said her office would review the contract.'))
      .toContainEqual({text: 'her office would review the contract', cue: 'said', speaker: 'Dana Okafor'})
  })

  test('the object of a verb of citing or describing is what was said', () => {
    expect(reported(intro + 'Okafor cited a report on the harbor finances.'))
      .toContainEqual({text: 'a report on the harbor finances', cue: 'cited', speaker: 'Dana Okafor'})
    expect(reported(intro + 'Okafor referred to the flood of last spring.'))
      .toContainEqual({text: 'the flood of last spring', cue: 'referred', speaker: 'Dana Okafor'})
  })

  test('speaking reports only with a topic', () => {
    expect(reported(intro + 'Okafor spoke about the flood of last spring.'))
      .toContainEqual({text: 'the flood of last spring', cue: 'spoke', speaker: 'Dana Okafor'})
    expect(reported(intro + 'Okafor spoke to reporters outside the hall.')).toEqual([])
  })

  test('an ad is no holder of the stance its participle names', () => {
    expect(reported(intro + 'Ads supporting Okafor ran all week on the radio.').map((q) => q.cue)).not.toContain('supporting')
  })
})

describe('sources and spans', () => {
  test('a described source keeps its words', () => {
    const found = reported('Six in 10 residents say the toll is too high.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({text: 'the toll is too high', cue: 'say'})
    expect(found[0]!.speaker).toMatch(/residents/)
  })

  test('"according to" a long source runs to its comma', () => {
    const found = reported('According to a count of ballots handed in at the Riverton library last week, most residents want a new bridge.')
    expect(found).toContainEqual(expect.objectContaining({text: 'most residents want a new bridge', cue: 'According to'}))
  })

  test('a reported clause runs on past a comma', () => {
    expect(reported(intro + 'Okafor said the bridge would reopen in May, when the river is low.'))
      .toContainEqual({text: 'the bridge would reopen in May, when the river is low', cue: 'said', speaker: 'Dana Okafor'})
  })

  test('an object stops at a comma', () => {
    expect(reported(intro + 'Okafor endorsed Jonas Brekke, a former teacher, for the council seat.'))
      .toContainEqual({text: 'Jonas Brekke', cue: 'endorsed', speaker: 'Dana Okafor'})
  })
})

describe('questions and stances as nouns', () => {
  test('a fronted "asked about" reports what was asked of the main clause subject', () => {
    const found = reported(intro + 'Asked about the loan from the bank, Okafor said she had repaid it.')
    expect(found).toContainEqual({text: 'the loan from the bank', cue: 'Asked', speaker: 'Dana Okafor'})
    expect(found).toContainEqual({text: 'she had repaid it', cue: 'said', speaker: 'Dana Okafor'})
  })

  test('a possessor and a noun of stance report its object', () => {
    expect(reported(intro + "Okafor's support for the harbor plan surprised the council."))
      .toContainEqual({text: 'the harbor plan', cue: 'support', speaker: 'Dana Okafor'})
  })
})

describe('questions to the reader', () => {
  test('"Do you support …?" asks the reader and reports no stance', () => {
    expect(reported('Do you support Mayor Tilda Varenne? Write to the harbor desk.')).toEqual([])
  })

  test('a named source in a question still reports', () => {
    expect(reported('Why does Mayor Tilda Varenne support the toll? Nobody knows.').map((q) => q.cue)).toContain('support')
  })
})
