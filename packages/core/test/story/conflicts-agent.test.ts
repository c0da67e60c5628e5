import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence both articles share, so that they are on one story. */
const shared = ' The Marle port authority ordered an audit of the harbour accounts in May after a fuel shortfall.'

const asked = (files: Record<string, string>) => story(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, text + shared])))
  .conflicts.filter((conflict) => conflict.kind === 'event' && conflict.summary.startsWith('who asked'))

describe('event: one request told with different askers', () => {
  test('"Reyes asked her to keep the audit private" against "Marek asked Adler whether the audit could stay private"', () => {
    const files = {
      'a.txt': 'Ines Adler told the board on Friday that Omar Reyes asked her to keep the harbour audit private until the vote.',
      'b.txt': 'At a lunch in Riverton, Pavel Marek asked Ines Adler whether the harbour audit could stay private for a month.'
    }
    const found = asked(files)
    expect(found).toHaveLength(1)
    expect(found[0]!.members.map((m) => m.value).sort()).toEqual(['Omar Reyes', 'Pavel Marek'])
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(found[0]!.reason).toMatch(/different people asking/)
    expectValidSpans(story(Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t + shared]))), texts(Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t + shared]))))
  })

  test('the same asker, an outlet that also names the other asker, or another request raises none', () => {
    expect(asked({
      'a.txt': 'Ines Adler told the board on Friday that Omar Reyes asked her to keep the harbour audit private until the vote.',
      'b.txt': 'At a lunch in Riverton, Omar Reyes asked Ines Adler whether the harbour audit could stay private for a month.'
    })).toHaveLength(0)
    expect(asked({
      'a.txt': 'Ines Adler told the board on Friday that Omar Reyes asked her to keep the harbour audit private until the vote.',
      'b.txt': 'At a lunch in Riverton, Pavel Marek asked Ines Adler whether the harbour audit could stay private for a month. A week later Omar Reyes urged Ines Adler to keep the harbour audit private.'
    })).toHaveLength(0)
    expect(asked({
      'a.txt': 'Ines Adler told the board on Friday that Omar Reyes asked her to keep the harbour audit private until the vote.',
      'b.txt': 'At a lunch in Riverton, Pavel Marek asked Ines Adler to sell her shares in the ferry company.'
    })).toHaveLength(0)
  })
})
