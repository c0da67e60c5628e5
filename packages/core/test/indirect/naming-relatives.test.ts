import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Wenna Talsk and Oriel Bram run for reeve of Cadwyn Vale. '

describe('a relative clause that names or characterizes what follows', () => {
  test('"what X called P" reports from the relative word through the named phrase', () => {
    expect(reported(cast + 'The ferry stopped after what wardens called a fuel leak.'))
      .toEqual([{text: 'what wardens called a fuel leak', cue: 'called', speaker: 'wardens'}])
  })

  test('a pronoun subject resolves like a speaker', () => {
    expect(reported(cast + 'Talsk has made ending what she calls waste at the docks her main theme.'))
      .toContainEqual(expect.objectContaining({text: 'what she calls waste at the docks her main theme', cue: 'calls', speaker: 'Wenna Talsk'}))
  })

  test('"see as", "describe as" and "characterize as" need their "as"', () => {
    expect(reported(cast + 'Bram voted against what he sees as a tax on boat owners.'))
      .toContainEqual(expect.objectContaining({text: 'what he sees as a tax on boat owners', cue: 'sees', speaker: 'Oriel Bram'}))
    expect(reported(cast + 'Bram toured the mill, which he described as a family seat.'))
      .toContainEqual(expect.objectContaining({text: 'which he described as a family seat', cue: 'described'}))
    expect(reported(cast + 'The wardens answered what they saw clearly.').filter((q) => q.cue === 'saw')).toEqual([])
  })

  test('a noun after a possessive or a determiner is no naming verb', () => {
    expect(reported(cast + 'The panel, which closed its term early, met twice.').filter((q) => q.cue?.startsWith('term'))).toEqual([])
    expect(reported(cast + 'Bram must carry what’s broadly seen as the pivotal parish.').filter((q) => q.cue === 'seen')).toEqual([])
  })

  test('inside another report it is part of that report', () => {
    expect(reported(cast + 'Talsk said the vale must fight what she called reckless dredging.'))
      .toEqual([{text: 'the vale must fight what she called reckless dredging', cue: 'said', speaker: 'Wenna Talsk'}])
  })
})

describe('an unnamed source inside a relative clause', () => {
  test('starts after the relative word', () => {
    expect(reported('The toll rise passed in Cadwyn Vale, which surveyors said was unfair to barge crews.'))
      .toContainEqual({text: 'was unfair to barge crews', cue: 'said', speaker: 'surveyors'})
    expect(reported('The guild gave a dinner in which members alleged they were misled by the board.'))
      .toContainEqual({text: 'they were misled by the board', cue: 'alleged', speaker: 'members'})
  })
})
