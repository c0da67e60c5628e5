import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

/** The contents of a short invented article's indirect quotes. */
function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}

describe('where reported content gives way to what follows it', () => {
  test.each([
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
})
