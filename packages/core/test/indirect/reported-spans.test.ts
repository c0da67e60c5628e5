import {expect, test} from 'vitest'
import {contents} from './helpers-indirect.js'

// Where indirect content starts and ends around hearers, topics, asides, relative
// clauses, clauses of time, survey figures and stance nouns (short invented articles).
test.each([
  // A hearer ("to") or a topic ("of") after a verb of saying is not what was said.
  ['"said to X that P" reports P', 'Tamsin Veld said to the dock crews that the ferry would run again in April.', ['the ferry would run again in April']],
  ['"explained to X why P" reports why P', 'Orrin Paske explained to the harbor board why the ferry was late.', ['why the ferry was late']],
  ['"complained to X about Y" reports Y', 'Orrin Paske complained to the harbor board on Monday about the new toll.', ['the new toll']],
  ['"P, X said to Y" reports P', 'The ferry will run all winter, Tamsin Veld said to the dock crews.', ['The ferry will run all winter']],
  ['"said to applause" after a quotation reports nothing more', '“We will keep the ferry,” Tamsin Veld said to loud applause.', []],
  ['"said of X" after a quotation names its topic, not a report', '“It was a long winter,” Tamsin Veld said of the ferry strike.', []],
  ['"wrote to X" with nothing after it reports nothing', 'Orrin Paske wrote to the harbor board last week.', []],
  ['"added to X" is a sum, not speech', 'The late storm added to the harbor board’s troubles.', []],
  // "that" with an aside right after it keeps its clause past the aside.
  ['"said that, aside, P"', 'Tamsin Veld said that, in hindsight, the toll had been too high.', ['that, in hindsight, the toll had been too high']],
  ['"believes that, aside, P"', 'Orrin Paske believes that, on balance, the night ferry is safer.', ['that, on balance, the night ferry is safer']],
  // An adverb alone after a verb of saying reports nothing.
  ['a manner adverb in -ly', '“Fine,” Orrin Paske said dryly.', []],
  ['"aloud"', '“Maybe the ferry is the answer,” Tamsin Veld wondered aloud.', []],
  ['"instead"', '“Keep the night ferry,” Orrin Paske said instead.', []],
  // A clause of time after a verb of saying is not what was said.
  ['"as" with a pronoun and a verb', '“We will keep the ferry,” Tamsin Veld said as she left the hall.', []],
  ['"as" with a noun phrase and a verb', '“We will keep the ferry,” Tamsin Veld said as the harbor band played.', []],
  ['"P, X said as …" keeps P', 'The ferry will run all winter, Tamsin Veld said as she left the hall.', ['The ferry will run all winter']],
  ['"as many as" is a number, not a clause', 'The harbor survey shows as many as nineteen skippers would strike.', ['as many as nineteen skippers would strike']],
  // A verb inside a relative clause reports up to the clause's end.
  ['a relative clause set off by commas ends at its closing comma', 'Marta Lund, who endorsed Orrin Paske for the harbor board, now runs the ferry office.', ['Orrin Paske for the harbor board']],
  ['a relative clause\'s object ends before the main verb', 'Pilots who praised the night timetable left the meeting before noon.', ['the night timetable']],
  ['a relative clause\'s infinitive ends before the main verb', 'Skippers who want to cross at dawn will meet on Friday.', ['to cross at dawn']],
  ['a relative clause\'s clause ends at the second verb', 'Skippers who believe the toll is unfair have signed a letter.', ['the toll is unfair']],
  ['an infinitive keeps its own auxiliary', 'Pilots who hope to be paid for the storm week will meet on Friday.', ['to be paid for the storm week']],
  // The object of an unowned stance noun ends before the sentence's own verb.
  ['a stance noun\'s object before an auxiliary', 'Opposition to the new toll has united the pilots.', ['the new toll']],
  ['a stance noun\'s object before a modal', 'Support for the night ferry may grow after the storm.', ['the night ferry']],
  // A survey's figures set side by side stay in one report.
  ['", followed by" a second figure', 'The harbor survey showed Okafor at 31 percent, followed by Lund at 17 percent and Paske at 9 percent.', ['Okafor at 31 percent, followed by Lund at 17 percent and Paske at 9 percent']],
  ['", while" a second figure', 'The pilots poll found that 40 percent of skippers backed the toll, while 23 percent opposed it.', ['40 percent of skippers backed the toll, while 23 percent opposed it']],
  ['", compared with" a second figure', 'The harbor survey shows 52 percent of pilots trust the board, compared with 38 percent of the crews.', ['52 percent of pilots trust the board, compared with 38 percent of the crews']],
  ['a speech verb still ends at ", while"', 'Okafor said the toll was fair, while the pilots booed.', ['the toll was fair']]
])('%s', (_, text, expected) => {
  expect(contents(text)).toEqual(expected)
})
