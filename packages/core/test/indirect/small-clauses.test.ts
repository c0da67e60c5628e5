import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

const cast = 'Ines Adler and Omar Reyes run for mayor of Marle. Sara Lund chairs the council. '

describe('objects with their own predicate', () => {
  test('a poll that shows someone doing something reports the whole small clause', () => {
    expect(reported(cast + 'The latest Varik poll showed Adler leading the field with 31 percent, ahead of Reyes.'))
      .toContainEqual(expect.objectContaining({text: 'Adler leading the field with 31 percent, ahead of Reyes', cue: 'showed'}))
  })

  test('"see X as Y" keeps the "as" predicate and stops at the comma', () => {
    expect(reported(cast + 'Many voters see Reyes as an outsider, a view the council shares.'))
      .toContainEqual(expect.objectContaining({text: 'Reyes as an outsider', cue: 'see'}))
  })

  test('a question word after a finding verb opens what was found', () => {
    expect(reported(cast + 'The audit shows how the budget grew in Marle.'))
      .toContainEqual(expect.objectContaining({text: 'how the budget grew in Marle', cue: 'shows'}))
  })

  test('"showed up" and a noun "shows" report nothing', () => {
    expect(reported(cast + 'Reyes showed up at the fair in Marle.')).toEqual([])
    expect(reported(cast + 'Adler watched television shows and films about Marle.')).toEqual([])
  })

  test('"found" with a reflexive object and a participle is no finding', () => {
    expect(reported(cast + 'The council found itself hosting the fair.').filter((q) => q.cue === 'found')).toEqual([])
  })
})

describe('naming verbs that judge', () => {
  test('"described X as Y" right after its subject reports the object', () => {
    expect(reported(cast + 'Lund described the budget as reckless.'))
      .toContainEqual({text: 'the budget as reckless', cue: 'described', speaker: 'Sara Lund'})
  })

  test('a naming verb after a noun only names', () => {
    expect(reported(cast + 'Reyes visited a village called Varik.')).toEqual([])
  })

  test('a naming verb in a "what" clause reports the named phrase as its subject\'s (naming-relatives.test.ts)', () => {
    expect(reported(cast + 'Adler opened what she described as a new era.'))
      .toEqual([{text: 'what she described as a new era', cue: 'described', speaker: 'Ines Adler'}])
  })
})

describe('subjects and boundaries', () => {
  test('a speaker before two asides ("Reyes, 41, a teacher from Marle, said") is found', () => {
    expect(reported(cast + 'Omar Reyes, 41, a teacher from Marle, said he would repair the school.'))
      .toContainEqual({text: 'he would repair the school', cue: 'said', speaker: 'Omar Reyes'})
  })

  test('a fronted report ends where the main clause takes a new subject', () => {
    expect(reported(cast + 'Having announced that the mill would close, Lund proceeded to adjourn the meeting.'))
      .toContainEqual(expect.objectContaining({text: 'the mill would close', cue: 'announced'}))
  })

  test('a content that opens with "if" keeps its own main clause', () => {
    expect(reported(cast + 'Adler said that if it rains, the fair will move indoors.'))
      .toContainEqual({text: 'if it rains, the fair will move indoors', cue: 'said', speaker: 'Ines Adler'})
  })
})

describe('fronted "as" reports, gerunds and particles', () => {
  test('"As Lund noted, P" reports the main clause after the comma', () => {
    expect(reported(cast + 'As Lund noted on Monday, the voters of Marle will give Adler a second look.'))
      .toContainEqual({text: 'the voters of Marle will give Adler a second look', cue: 'noted', speaker: 'Sara Lund'})
  })

  test('"as" inside a phrase ("such as") is no fronted report', () => {
    expect(reported(cast + 'Towns such as Varik said nothing, and the fair went on.').filter((q) => q.cue === 'said' && q.text.startsWith('the fair'))).toEqual([])
  })

  test('a proposal in a gerund is reported; "began running" is not', () => {
    expect(reported(cast + 'Reyes proposed closing the old mill in Varik.'))
      .toContainEqual({text: 'closing the old mill in Varik', cue: 'proposed', speaker: 'Omar Reyes'})
    expect(reported(cast + 'Adler began running the council in Marle.').filter((q) => q.cue === 'began')).toEqual([])
  })

  test('"called on X to V" and "pointed to X" report their objects', () => {
    expect(reported(cast + 'Adler called on Reyes and Lund to release their tax returns.'))
      .toContainEqual({text: 'Reyes and Lund to release their tax returns', cue: 'called', speaker: 'Ines Adler'})
    expect(reported(cast + 'Lund pointed to the budget of the council.'))
      .toContainEqual({text: 'the budget of the council', cue: 'pointed', speaker: 'Sara Lund'})
  })

  test('"called" that names stays silent', () => {
    expect(reported(cast + 'Reyes opened a cafe called Harbor Lights in Varik.')).toEqual([])
  })
})

describe('stances inside a report', () => {
  test('a wish inside what someone said is part of that report, not one of its own', () => {
    const found = reported(cast + 'Reyes said he wants a recount in Marle.')
    expect(found).toContainEqual({text: 'he wants a recount in Marle', cue: 'said', speaker: 'Omar Reyes'})
    expect(found.filter((q) => q.cue === 'wants')).toEqual([])
  })

  test('a stance on its own is still reported', () => {
    expect(reported(cast + 'Lund wants a recount in Marle.'))
      .toContainEqual({text: 'a recount in Marle', cue: 'wants', speaker: 'Sara Lund'})
  })
})

describe('where a report ends', () => {
  test('an unpaired dash opens the writer\'s comment', () => {
    expect(reported(cast + 'Reyes said he would close the mill — a plan he has pushed for years.'))
      .toContainEqual({text: 'he would close the mill', cue: 'said', speaker: 'Omar Reyes'})
  })

  test('a paired dash is an aside inside the report', () => {
    expect(reported(cast + 'Reyes said the mill — closed since May — would reopen.'))
      .toContainEqual({text: 'the mill — closed since May — would reopen', cue: 'said', speaker: 'Omar Reyes'})
  })

  test('", he clarified" starts the next clause of a "that" report', () => {
    expect(reported(cast + 'While Reyes said that the mill would reopen, he clarified that the date was open.'))
      .toContainEqual({text: 'the mill would reopen', cue: 'said', speaker: 'Omar Reyes'})
  })
})

describe('a survey further back as the subject of a finding verb', () => {
  test('a poll with a participle phrase between it and "showed" reports the plain object', () => {
    expect(reported(cast + 'A Marle Courier poll of 600 voters taken on Sunday showed Reyes with a narrow lead.'))
      .toContainEqual(expect.objectContaining({text: 'Reyes with a narrow lead', cue: 'showed'}))
  })

  test('a person who "showed" something reports nothing', () => {
    expect(reported(cast + 'After the vote on the harbour plan, Reyes showed reporters the new ferry.').filter((q) => q.cue === 'showed')).toEqual([])
  })
})
