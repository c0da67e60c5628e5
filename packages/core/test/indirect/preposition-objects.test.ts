import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Ines Adler and Omar Reyes run for mayor of Marle. Sara Lund chairs the council. '

describe('what a verb or an adjective of stance takes after its preposition', () => {
  test('"talked about X" reports the topic as the subject\'s words', () => {
    expect(reported(cast + 'At the school fete Adler talked about the flooded cellars of Varik.'))
      .toContainEqual({text: 'the flooded cellars of Varik', cue: 'talked about', speaker: 'Ines Adler'})
  })

  test('"would side with X" stops at the preposition after the name', () => {
    expect(reported(cast + 'Most dockworkers would side with Reyes in the spring ballot.'))
      .toContainEqual(expect.objectContaining({text: 'Reyes', cue: 'side with'}))
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

describe('phrases built on a light verb that report', () => {
  test('"made clear (that) P" reports the clause, over a phrase of time', () => {
    expect(reported(cast + 'Reyes made clear on Friday that the quay tolls will stay.'))
      .toContainEqual({text: 'the quay tolls will stay', cue: 'made clear', speaker: 'Omar Reyes'})
    expect(reported(cast + 'Lund has made it clear she wants a night ferry.'))
      .toContainEqual({text: 'she wants a night ferry', cue: 'made it clear', speaker: 'Sara Lund'})
  })

  test('"made no mention of X" and "made the case for X" report their object', () => {
    expect(reported(cast + 'Adler made the case for a footbridge to Varik.'))
      .toContainEqual({text: 'a footbridge to Varik', cue: 'made the case for', speaker: 'Ines Adler'})
  })

  test('other light verbs: "took aim at X", "raised questions about X", "expressed concern that P"', () => {
    expect(reported(cast + 'Lund took aim at the salt tax in her first speech.'))
      .toContainEqual(expect.objectContaining({cue: 'took aim at', speaker: 'Sara Lund'}))
    expect(reported(cast + 'Adler has raised questions about the quay contract.'))
      .toContainEqual({text: 'the quay contract', cue: 'raised questions about', speaker: 'Ines Adler'})
    expect(reported(cast + 'Reyes expressed concern that the old locks could give way.'))
      .toContainEqual({text: 'the old locks could give way', cue: 'expressed concern that', speaker: 'Omar Reyes'})
  })

  test('"made" with any other object reports nothing', () => {
    expect(reported(cast + 'Reyes made a fortune from the salt trade. Adler took the night ferry to Varik.')).toEqual([])
  })
})

describe('"back" in its stance sense', () => {
  test('"backed X" reports a name or a determined phrase; "backed into", "backed down" report nothing', () => {
    expect(reported(cast + 'Lund backed Adler for the harbor seat.'))
      .toContainEqual(expect.objectContaining({text: 'Adler for the harbor seat', cue: 'backed', speaker: 'Sara Lund'}))
    expect(reported(cast + 'The salt lorry backed into a wall. Reyes backed down after the count.')).toEqual([])
  })
})

describe('speech verbs with "on", "at", "to", "for"', () => {
  test('"insisted on" and "hinted at" report their object', () => {
    const found = reported('Ines Adler and Omar Reyes run for mayor of Marle. Adler insisted on a recount of the harbour ward. Reyes hinted at a second run.')
    expect(found).toContainEqual(expect.objectContaining({text: 'a recount of the harbour ward', speaker: 'Ines Adler'}))
    expect(found).toContainEqual(expect.objectContaining({text: 'a second run', speaker: 'Omar Reyes'}))
  })
})
