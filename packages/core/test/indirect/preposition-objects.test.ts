import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Ines Adler and Omar Reyes run for mayor of Marle. Sara Lund chairs the council. '

describe('what a verb or an adjective of stance takes after its preposition', () => {
  test('"talked about X" reports the topic as the subject\'s words', () => {
    expect(reported(cast + 'At the school fete Adler talked about the flooded cellars of Varik.'))
      .toContainEqual({text: 'the flooded cellars of Varik', cue: 'talked about', speaker: 'Ines Adler'})
  })

  test('"would vote for X" stops at the preposition after the name', () => {
    expect(reported(cast + 'Most dockworkers would vote for Reyes in the spring ballot.'))
      .toContainEqual(expect.objectContaining({text: 'Reyes', cue: 'vote for'}))
  })

  test('"lashed out at X" reads over the particle', () => {
    expect(reported(cast + 'Lund lashed out at the ferry board over its late timetable.'))
      .toContainEqual(expect.objectContaining({text: 'the ferry board over its late timetable', cue: 'lashed out at', speaker: 'Sara Lund'}))
  })

  test('an adjective after a linking verb: "is deeply wary of X"', () => {
    expect(reported(cast + 'Reyes is deeply wary of the new harbor levy.'))
      .toContainEqual({text: 'the new harbor levy', cue: 'wary of', speaker: 'Omar Reyes'})
  })

  test('the same words as nouns report nothing', () => {
    const found = reported(cast + 'The vote for the levy came late. A lifelong focus on boats shaped Riverton. A clip talking about tides went round.')
    expect(found.filter((q) => / (for|on|about)$/.test(q.cue ?? ''))).toEqual([])
  })

  test('an empty object ("talked about it") is no content', () => {
    expect(reported(cast + 'Adler talked about it for an hour.').filter((q) => q.cue === 'talked about')).toEqual([])
  })
})
