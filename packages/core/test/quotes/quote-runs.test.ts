import {describe, expect, test} from 'vitest'
import {findQuotes, parseArticle} from '../../src/index.js'

const speakers = (text: string) => findQuotes(parseArticle(text, {format: 'text'})).map((quote) => [quote.text, quote.speaker?.name ?? null])

// The cue finders skip a window with no word in it (a run of quotes) through word counts
// kept per token list: these pin that a cue past the run, or before it, is still found.
describe('runs of quotes', () => {
  test('a cue after the last quote of a run covers the run', () => {
    expect(speakers('The council heard “slow,” “costly” and “late,” Mayor Dana Okafor said on Monday.')).toEqual([
      ['slow,', 'Dana Okafor'], ['costly', 'Dana Okafor'], ['late,', 'Dana Okafor']
    ])
  })

  test('a cue before a run of quotes is found for the first', () => {
    const found = speakers('Harbor chief Lena Ortiz said: “Wait.” “Listen.” “Go.”')
    expect(found[0]).toEqual(['Wait.', 'Lena Ortiz'])
  })

  test('the same run read twice, and another article between, gives the same quotes', () => {
    const run = '‘a’ ‘b’ ‘c’ ‘d’ ‘e’, said Tomas Vale of Riverton.'
    const first = speakers(run)
    const other = speakers('“Not now,” Dana Okafor said. “Later,” Okafor added.')
    expect(speakers(run)).toEqual(first)
    expect(other).toEqual([['Not now,', 'Dana Okafor'], ['Later,', 'Dana Okafor']])
    expect(first.every(([, speaker]) => speaker === first[0]![1])).toBe(true)
  })
})
