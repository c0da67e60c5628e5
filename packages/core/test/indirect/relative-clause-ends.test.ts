import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

/** The contents of a short invented article's indirect quotes. */
function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}

describe('the content of a verb inside a relative clause ends with the clause', () => {
  test.each([
    ['a clause set off by commas ends at its closing comma', 'Marta Lund, who endorsed Orrin Paske for the harbor board, now runs the ferry office.', ['Orrin Paske for the harbor board']],
    ['an object before the main verb', 'Pilots who praised the night timetable left the meeting before noon.', ['the night timetable']],
    ['an infinitive before the main verb', 'Skippers who want to cross at dawn will meet on Friday.', ['to cross at dawn']],
    ['a clause ends at the second verb', 'Skippers who believe the toll is unfair have signed a letter.', ['the toll is unfair']],
    ['an infinitive keeps its own auxiliary', 'Pilots who hope to be paid for the storm week will meet on Friday.', ['to be paid for the storm week']]
  ])('%s', (_, text, expected) => {
    expect(contents(text)).toEqual(expected)
  })
})

describe('a clause of time after a verb of saying is not what was said', () => {
  test.each([
    ['"as" with a pronoun and a verb', '“We will keep the ferry,” Tamsin Veld said as she left the hall.', []],
    ['"as" with a noun phrase and a verb', '“We will keep the ferry,” Tamsin Veld said as the harbor band played.', []],
    ['"P, X said as …" keeps P', 'The ferry will run all winter, Tamsin Veld said as she left the hall.', ['The ferry will run all winter']],
    ['"as many as" is a number, not a clause', 'The harbor survey shows as many as nineteen skippers would strike.', ['as many as nineteen skippers would strike']]
  ])('%s', (_, text, expected) => {
    expect(contents(text)).toEqual(expected)
  })
})
