import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

describe('a stance participle after its noun', () => {
  test('the noun phrase holds the stance and the object is the content', () => {
    expect(reported('A ferry union backing Mayor Tilda Varenne gave money to the harbor fund.'))
      .toContainEqual(expect.objectContaining({text: 'Mayor Tilda Varenne', cue: 'backing', speaker: expect.stringContaining('union')}))
    expect(reported('Dozens of fishermen opposing the new quay marched past the pier on Friday.'))
      .toContainEqual(expect.objectContaining({text: 'the new quay', cue: 'opposing', speaker: expect.stringContaining('fishermen')}))
  })

  test('the content ends before the sentence\'s own verb', () => {
    expect(reported('The guild supporting the tunnel plan is meeting again tonight.'))
      .toContainEqual(expect.objectContaining({text: 'the tunnel plan', cue: 'supporting'}))
    expect(reported('A club endorsing Councillor Brann Ostrow raised eight thousand crowns.'))
      .toContainEqual(expect.objectContaining({text: 'Councillor Brann Ostrow', cue: 'endorsing'}))
  })

  test('a relative clause on the object is the writer\'s', () => {
    expect(reported('Pell Quorin, a harbor pilot supporting Varenne who runs the night ferry, spoke first.'))
      .toContainEqual(expect.objectContaining({text: 'Varenne', cue: 'supporting'}))
  })

  test('a pronoun object or a particle reports nothing', () => {
    expect(reported('A guild backing it met on Friday.').map((q) => q.cue)).not.toContain('backing')
    expect(reported('The ferry was backing up toward the pier.').map((q) => q.cue)).not.toContain('backing')
  })
})
