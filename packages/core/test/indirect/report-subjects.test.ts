import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Ines Adler and Omar Reyes run for mayor of Marle. Sara Lund chairs the council. '

describe('the subject and the start of the content', () => {
  test('a day\'s possessive after "said" opens the reported clause', () => {
    expect(reported(cast + 'Lund said Tuesday’s count will settle the matter of the bridge.'))
      .toContainEqual({text: 'Tuesday’s count will settle the matter of the bridge', cue: 'said', speaker: 'Sara Lund'})
  })

  test('a subject with an appositive is no inverted "P, said X"', () => {
    const found = reported(cast + 'Reyes, the harbor master of Marle, criticized Lund’s ferry timetable, which runs twice a day.')
    expect(found).toContainEqual(expect.objectContaining({text: 'Lund’s ferry timetable', cue: 'criticized', speaker: 'Omar Reyes'}))
    expect(found.filter((q) => q.text.startsWith('Reyes'))).toEqual([])
  })

  test('a progressive ("is supporting", "has been saying") takes the subject before its "be"', () => {
    expect(reported(cast + 'Lund is supporting Adler in the race for the harbor seat.'))
      .toContainEqual(expect.objectContaining({text: 'Adler in the race for the harbor seat', cue: 'supporting', speaker: 'Sara Lund'}))
    expect(reported(cast + 'Reyes has also been saying the old quay will flood again.'))
      .toContainEqual({text: 'the old quay will flood again', cue: 'saying', speaker: 'Omar Reyes'})
  })

  test('a poll or an audit reports a plain noun phrase it shows or found', () => {
    expect(reported(cast + 'A fresh Marle poll showed a narrow edge for Adler over Reyes.'))
      .toContainEqual(expect.objectContaining({text: 'a narrow edge for Adler over Reyes', cue: 'showed'}))
    expect(reported(cast + 'The audit found no trace of the missing ferry fares.'))
      .toContainEqual(expect.objectContaining({text: 'no trace of the missing ferry fares', cue: 'found'}))
  })
})
