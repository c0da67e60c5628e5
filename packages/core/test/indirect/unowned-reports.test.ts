import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

describe('reports whose holder is a pronoun object, a survey, a label or nobody', () => {
  test('a stance verb with a person pronoun as object reports the stance', () => {
    expect(reported('After weeks of doubt, Sara Lund finally endorsed him.'))
      .toEqual([{text: 'him', cue: 'endorsed', speaker: 'Sara Lund'}])
  })

  test('"it" after a stance verb stays out: it points back to a plan, not a person', () => {
    expect(reported('The ferry union opposed it.')).toEqual([])
  })

  test('a stance noun with no owner reports its object, with no speaker', () => {
    expect(reported('Across the valley, criticism of the toll bridge kept growing all winter.'))
      .toEqual([{text: 'the toll bridge', cue: 'criticism of', speaker: null}])
  })

  test('"the support of X" names who supports, not what is supported', () => {
    expect(reported('The plan needs the support of the harbor unions to pass.')).toEqual([])
  })

  test('a clause whose figures a survey reports is the survey\'s', () => {
    expect(reported('Tomas Vel trails Ines Adler by nine points in the newest Riverton Courier poll.'))
      .toEqual([{text: 'Tomas Vel trails Ines Adler by nine points', cue: 'in', speaker: 'Riverton Courier'}])
  })

  test('going to the polls reports nothing', () => {
    expect(reported('Voters in Marle head to the polls on Tuesday.')).toEqual([])
  })

  test('a hedged main clause after a fronted clause or ", but" is hearsay', () => {
    expect(reported('Once the storm passed, the ferry crews seemed eager to sail again.'))
      .toEqual([{text: 'the ferry crews seemed eager to sail again', cue: 'seemed', speaker: null}])
    expect(reported('The market hall reopened on Friday, but the stall owners appeared eager to leave.'))
      .toEqual([{text: 'the stall owners appeared eager to leave', cue: 'appeared', speaker: null}])
  })

  test('a "Poll:" headline label reports the line after it', () => {
    expect(reported('Poll: Marle Voters Warm To Toll Bridge Plan.'))
      .toEqual([{text: 'Marle Voters Warm To Toll Bridge Plan', cue: ':', speaker: 'Poll'}])
  })

  test('a section label is still no source', () => {
    expect(reported('Update: The Marle ferry will run late on Sunday.')).toEqual([])
  })
})
