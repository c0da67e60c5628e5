import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

/** The contents of a short invented article's indirect quotes. */
function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}

describe('a hearer or a topic after a verb of saying is not what was said', () => {
  test.each([
    ['"said to X that P" reports P', 'Tamsin Veld said to the dock crews that the ferry would run again in April.', ['the ferry would run again in April']],
    ['"explained to X why P" reports why P', 'Orrin Paske explained to the harbor board why the ferry was late.', ['why the ferry was late']],
    ['"complained to X about Y" reports Y', 'Orrin Paske complained to the harbor board on Monday about the new toll.', ['the new toll']],
    ['"P, X said to Y" reports P', 'The ferry will run all winter, Tamsin Veld said to the dock crews.', ['The ferry will run all winter']],
    ['"said to applause" after a quotation reports nothing more', '“We will keep the ferry,” Tamsin Veld said to loud applause.', []],
    ['"said of X" after a quotation names its topic, not a report', '“It was a long winter,” Tamsin Veld said of the ferry strike.', []],
    ['"wrote to X" with nothing after it reports nothing', 'Orrin Paske wrote to the harbor board last week.', []],
    ['"added to X" is a sum, not speech', 'The late storm added to the harbor board’s troubles.', []]
  ])('%s', (_, text, expected) => {
    expect(contents(text)).toEqual(expected)
  })
})

describe('"that" with an aside right after it', () => {
  test.each([
    ['a speech verb', 'Tamsin Veld said that, in hindsight, the toll had been too high.', 'that, in hindsight, the toll had been too high'],
    ['a belief verb', 'Orrin Paske believes that, on balance, the night ferry is safer.', 'that, on balance, the night ferry is safer']
  ])('%s keeps its clause past the aside', (_, text, content) => {
    expect(contents(text)).toEqual([content])
  })
})

describe('an adverb alone after a verb of saying is not what was said', () => {
  test.each([
    ['a manner adverb in -ly', '“Fine,” Orrin Paske said dryly.'],
    ['"aloud"', '“Maybe the ferry is the answer,” Tamsin Veld wondered aloud.'],
    ['"instead"', '“Keep the night ferry,” Orrin Paske said instead.']
  ])('%s', (_, text) => {
    expect(contents(text)).toEqual([])
  })
})
