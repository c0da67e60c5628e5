import {describe, expect, test} from 'vitest'
import {complementOf, differentComplements} from '../../src/lib/story/phrase-complement.js'
import {polarityOf} from '../../src/lib/story/polarity.js'
import {story} from './helpers-story.js'

describe('a held phrase completed by two different things is two facts', () => {
  test('"no fines related to the bridge" against "fines related to her ferry business" raises no contradiction', () => {
    const result = story({
      'a.txt': 'Auditors have issued several fines against Mayor Dana Okafor of Riverton, but none are for any breaches related to the Tarrow bridge contract.',
      'b.txt': 'Mayor Dana Okafor of Riverton has contested fines for tax breaches related to her ferry business in the harbour district.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(0)
  })

  test('the same complement, or another preposition, still compares', () => {
    const same = story({
      'a.txt': 'Auditors said Mayor Dana Okafor of Riverton has no debts related to the Tarrow bridge contract, her office said.',
      'b.txt': 'Mayor Dana Okafor of Riverton has large debts related to the Tarrow bridge contract, auditors in the county found.'
    })
    expect(same.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(1)
  })

  test('complements read from the held words', () => {
    const text = 'None are for any charges tied to ballot fraud in the county.'
    const held = polarityOf(text)
    const charges = held.find((w) => w.word === 'charges')!
    const complement = complementOf(text, held, charges)
    expect(complement?.preposition).toBe('to')
    expect([...complement!.stems]).toContain('fraud')
    const other = 'He faces charges tied to his ferry business.'
    const theirs = polarityOf(other)
    expect(differentComplements(complement, complementOf(other, theirs, theirs.find((w) => w.word === 'charges')!))).toBe(true)
    expect(differentComplements(complement, null)).toBe(false)
  })
})
