import * as chrono from 'chrono-node'
import {describe, expect, test} from 'vitest'
import {gateParsers} from '../../src/lib/claims/chrono-gates.js'

const reference = {instant: new Date('2026-03-02T12:00:00Z'), timezone: 0}

/** What chrono found, in a form to compare: every result's place, words and resolved start and end. */
function read(reader: chrono.Chrono, text: string): unknown[] {
  return reader.parse(text, reference).map((result) => ({
    index: result.index,
    text: result.text,
    start: result.start.date().toISOString(),
    end: result.end?.date().toISOString() ?? null,
    tags: [...result.tags()].sort()
  }))
}

// Stretches written for this test: time units before and after the gated words, the
// gated words without a time unit, other dates, and neither.
const texts = [
  'The harbour reopened three days ago, the port authority said.',
  'Two weeks earlier the ferry had run aground near the pier.',
  'Earlier this year the council voted to widen the bridge.',
  'The inquiry will report a month later, in the spring.',
  'A day after the storm, crews were still clearing roads.',
  'Shortly after noon on March 3 the mayor spoke.',
  'The road will be closed for 2 hours from now until repairs end.',
  'Five years and six months before the vote, the plan was drafted.',
  'She stepped out before the meeting ended on Friday.',
  'The fund ran out of money in 2025, auditors found.',
  'Officials met at 4 p.m. yesterday and again the following week.',
  'Prices rose 3 percent within a week, traders said.',
  'The trial moved forward on Dec. 29 after a short delay.',
  'A couple of weeks ago, the union called a strike.',
  'Nothing in this sentence is a date at all.',
  '10 minutes later',
  'an hour before'
]

describe('chrono with its time-unit parsers gated by their words', () => {
  const {reader, gated} = gateParsers(chrono.casual)

  test('gates the "ago" and "later" parsers of this chrono release', () => {
    expect(gated).toBe(2)
  })

  test.each(texts)('finds what chrono finds in %j', (text) => {
    expect(read(reader, text)).toEqual(read(chrono.casual, text))
  })

  test('finds the time-unit dates the gates let through', () => {
    expect(read(reader, 'The harbour reopened three days ago.')).toHaveLength(1)
    expect(read(reader, 'The inquiry will report a month later.')).toHaveLength(1)
  })
})
