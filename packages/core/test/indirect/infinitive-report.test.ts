import {describe, expect, test} from 'vitest'
import {intro, reported} from './helpers-indirect.js'

describe('a speech verb in an infinitive ("came here to say P")', () => {
  test('the clause subject says it', () => {
    expect(reported(intro + 'Okafor went down to the harbor to say the ferry would run all winter.'))
      .toEqual([{text: 'the ferry would run all winter', cue: 'say', speaker: 'Dana Okafor'}])
  })

  test('a name asked or urged to speak says it', () => {
    expect(reported(intro + 'The board asked Okafor to explain why the ferry was late.').find((quote) => quote.cue === 'explain'))
      .toEqual({text: 'why the ferry was late', cue: 'explain', speaker: 'Dana Okafor'})
  })

  test('an infinitive of a verb that is no speech verb reports nothing of its own', () => {
    expect(reported(intro + 'Okafor went down to the harbor to count the boats.')).toEqual([])
  })
})
