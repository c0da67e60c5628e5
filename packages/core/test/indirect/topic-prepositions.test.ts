import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const intro = 'Warden Ilse Marrow of Tolvern spoke at the quay on Monday. '

describe('a preposition naming what a stance is about', () => {
  test('"talked about X" reports X', () => {
    expect(reported(intro + 'Marrow talked about the quarry levy for an hour.'))
      .toContainEqual({text: 'the quarry levy for an hour', cue: 'talked about', speaker: 'Warden Ilse Marrow'})
  })

  test('"worried about X" and "thinks about X" report X', () => {
    expect(reported(intro + 'Marrow worried about the price of the second pier.'))
      .toContainEqual({text: 'the price of the second pier', cue: 'worried', speaker: 'Warden Ilse Marrow'})
    expect(reported(intro + 'Marrow thinks about the ferry debt every day.'))
      .toContainEqual({text: 'the ferry debt every day', cue: 'thinks', speaker: 'Warden Ilse Marrow'})
  })

  test('"agreed with X" and "agreed on X" report X', () => {
    expect(reported(intro + 'Marrow agreed with the other wardens.'))
      .toContainEqual({text: 'the other wardens', cue: 'agreed with', speaker: 'Warden Ilse Marrow'})
    expect(reported(intro + 'Marrow agreed on a smaller levy.'))
      .toContainEqual({text: 'a smaller levy', cue: 'agreed', speaker: 'Warden Ilse Marrow'})
  })

  test('talk as a noun reports nothing', () => {
    expect(reported('The talks about the pier ended late.')).toEqual([])
  })
})
