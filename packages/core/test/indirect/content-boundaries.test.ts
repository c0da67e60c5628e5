import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

/** The contents of a short invented article's indirect quotes. */
function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}

describe('where reported content ends', () => {
  test.each([
    ['a spaced hyphen used as a dash', 'Okafor said the ferry would run again in April - a date the harbor board has not confirmed.', 'the ferry would run again in April'],
    ['a doubled hyphen used as a dash', 'Okafor said the ferry would run again in April -- a date the harbor board has not confirmed.', 'the ferry would run again in April'],
    ['", even as" after the clause', 'Okafor said the ferry would run again in April, even as the harbor board delayed the repairs.', 'the ferry would run again in April'],
    ['an appositive after the content', 'Okafor said the council would keep the old toll, a fee that drivers have paid since 1998.', 'the council would keep the old toll'],
    ['", even though" after the clause', 'Okafor argued that the toll was fair, even though drivers paid twice as much as last year.', 'the toll was fair'],
    ['", although" goes on as the speaker\'s own concession', 'Okafor said the new timetable was better, although the early ferry still leaves too soon.', 'the new timetable was better, although the early ferry still leaves too soon'],
    ['", though" with a concession inside a noun phrase', 'Okafor said the board would fund small, though busy, harbors first.', 'the board would fund small, though busy, harbors first'],
    ['a list in an object goes on past its commas', 'The union endorsed the ferry crews, the harbor pilots and the dock workers after the storm.', 'the ferry crews, the harbor pilots and the dock workers'],
    ['a list of short words in an object', 'Councillor Okafor supports cheaper, faster, and cleaner ferries.', 'cheaper, faster, and cleaner ferries'],
    ['a short parenthesis in an object', 'The union endorsed Sen. Dana Reyes (D-Marle) and two harbor commissioners.', 'Sen. Dana Reyes (D-Marle) and two harbor commissioners'],
    ['an appositive after an object still ends it', 'The mayor praised Okafor, a harbor pilot and ferry captain.', 'Okafor'],
    ['examples after an object end it', 'Three unions endorsed the plan, including the dock workers and the pilots.', 'the plan'],
    ['an "as" predicate stays with the object', 'The union endorsed Dana Reyes as its candidate for the harbor board.', 'Dana Reyes as its candidate for the harbor board'],
    ['an "as" clause of time ends the object', 'The union endorsed Dana Reyes as the vote on the toll neared.', 'Dana Reyes'],
    ['"as" with a pronoun subject ends the object', 'The union endorsed Dana Reyes as she left the hall.', 'Dana Reyes'],
    ['a fronted "while" clause ends at its comma', 'While Okafor claimed that the ferry was safe, inspectors found rust on the hull.', 'the ferry was safe'],
    ['a fronted "although" clause ends at its comma', 'Although the board said it would cut the toll, drivers still pay twice as much.', 'it would cut the toll'],
    ['a fronted clause keeps a list', 'While Okafor praised the pilots, the crews and the dock workers, the board stayed silent.', 'the pilots, the crews and the dock workers'],
    ['a number\'s comma is no clause end', 'Although the board said it would hire 2,400 workers, only a few were hired.', 'it would hire 2,400 workers'],
    ['", though" that reports someone else ends the content', 'Okafor said the toll was fair, though drivers say it doubled in May.', 'the toll was fair'],
    ['", and" with a new subject and verb ends a reported clause', 'Tamsin Veld said the ferry would stop at Brockhaven, and the harbor board has since sued the operator.', 'the ferry would stop at Brockhaven'],
    ['", and that" is a second complement of the same verb', 'Tamsin Veld said the ferry was late, and that the crews were tired.', 'the ferry was late, and that the crews were tired'],
    ['"and" with a new subject and verb ends an object', 'The pilots guild endorsed Orrin Paske and his rival conceded the race on Friday.', 'Orrin Paske'],
    ['"and" between two names stays in the object', 'The pilots guild endorsed Orrin Paske and Tamsin Veld.', 'Orrin Paske and Tamsin Veld'],
    ['an occasion after an object is the setting', 'The pilots guild praised the toll plan at a packed town hall in Brockhaven.', 'the toll plan'],
    ['an interview after an object is the setting', 'Tamsin Veld mentioned the toll plan in a radio interview.', 'the toll plan'],
    ['a platform after an object is the setting', 'Tamsin Veld criticized the harbor board on Twitter.', 'the harbor board'],
    ['a dash before "and" joins a second part of the report', 'Tamsin Veld said the ferry would be late — and that the crews knew it.', 'the ferry would be late — and that the crews knew it'],
    ['a dash before a comment still ends the content', 'Tamsin Veld said the ferry would be late — a delay nobody expected.', 'the ferry would be late'],
    ['"as" with a pronoun and a verb after a noun phrase is a clause of time', 'Tamsin Veld described the new timetable as she boarded the ferry.', 'the new timetable'],
  ])('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  test('a hyphen inside a word or before a number is no dash', () => {
    expect(contents('Okafor said the long-delayed ferry would run at -5 degrees.')).toContain('the long-delayed ferry would run at -5 degrees')
  })

  test('"A, according to X, B" runs on when A still waits for its verb', () => {
    expect(contents('Ridership, according to the harbor board, has doubled since May.')).toContain('Ridership, according to the harbor board, has doubled since May')
  })

  test('"A, according to X, B" stops at X when A is a whole clause and B the writer\'s comment', () => {
    expect(contents('Ridership has doubled since May, according to the harbor board, which runs the ferry.')).toContain('Ridership has doubled since May')
  })
})
