import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

describe('a report after its content holds a stance clause before it', () => {
  test('"P, records show" reports P, though P opens with a stance verb', () => {
    expect(reported(intro + 'Okafor agreed to sell the old pier to a ferry firm in 2010, records show.'))
      .toEqual([{text: 'Okafor agreed to sell the old pier to a ferry firm in 2010', cue: 'show', speaker: 'records'}])
  })

  test('a stance clause after a report of its own stays a report', () => {
    expect(reported(intro + 'Okafor wants a recount, and she hopes to win it.').map((quote) => quote.cue))
      .toEqual(['wants', 'hopes'])
  })
})

describe('a noun that is also a speech verb heads the source ("the report said")', () => {
  test('"P, the audit report said" reports P from the report', () => {
    expect(reported(intro + 'Thieves broke into nine harbor lockers, the audit report said.'))
      .toEqual([{text: 'Thieves broke into nine harbor lockers', cue: 'said', speaker: 'audit report'}])
  })

  test('the bare verb before a noun is still a verb', () => {
    expect(reported(intro + 'The clerks report hackers broke into nine lockers.').map((quote) => quote.cue))
      .toEqual(['report'])
  })
})

describe('a source described after its noun ("close to", "familiar with")', () => {
  test('"close to" and "familiar with" stay in the source', () => {
    expect(reported(intro + 'The ferry will skip Marle this winter, one engineer familiar with its timetable said.'))
      .toEqual([{text: 'The ferry will skip Marle this winter', cue: 'said', speaker: 'one engineer familiar with its timetable'}])
    expect(reported(intro + 'The ferry will skip Marle this winter, one deckhand close to him said.').map((quote) => quote.speaker))
      .toEqual(['one deckhand close to him'])
  })

  test('a name after "close to" in a clause of its own is no source', () => {
    expect(reported(intro + 'The ferry stayed close to Marle, and the crew said the sea was calm.').map((quote) => quote.text))
      .toEqual(['the sea was calm'])
  })
})
