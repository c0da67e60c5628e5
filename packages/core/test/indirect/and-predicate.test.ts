import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

/** The contents of a short invented article's indirect quotes. */
function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}

describe('"and" with a verb after a noun or infinitive content: the subject\'s next act', () => {
  test.each([
    ['an object, then "and" with a past verb', 'The mayor praised the harbor plan and left for Lisbon.', 'the harbor plan'],
    ['an object, then "and has"', 'Councillor Okafor has not endorsed Dana Reyes and has been a sharp critic of her budget.', 'Dana Reyes'],
    ['an object and a time phrase, then "and has"', 'The union endorsed Dana Reyes last week and has campaigned for her since.', 'Dana Reyes'],
    ['an infinitive, then "and is"', 'A ferry captain, who declined to be named and is not on the board, spoke at the meeting.', 'to be named'],
    ['a participle cue ends before a second participle', 'The mayor spoke for an hour, praising the ferry crews and promising a new dock.', 'the ferry crews'],
    ['an object, then "but" with an adverb and a verb', 'Councillor Okafor supports the toll but has repeatedly refused to raise it.', 'the toll'],
  ])('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  test.each([
    ['a clause goes on past "and" with a verb', 'Okafor said the ferry was late and would not run on Sunday.', 'the ferry was late and would not run on Sunday'],
    ['a "that" clause goes on past "and" with a past verb', 'Okafor said that the board met in May and approved the toll.', 'the board met in May and approved the toll'],
    ['"and" joins two subjects of the clause', 'Okafor said the fog and rising swells could delay the ferry.', 'the fog and rising swells could delay the ferry'],
  ])('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
