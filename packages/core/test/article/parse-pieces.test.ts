import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {parsePieces, pieceChars} from '../../src/lib/article/parse-pieces.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// Invented prose, with abbreviations, initials and quotes, that the parser keeps together.
const prose = [
  'Mayor Dana Okafor of Riverton said the bridge would reopen on Dec. 29 after repairs.',
  '“We are not done yet,” she told reporters at 9 a.m. on Tuesday.',
  'The U.S. agency had approved the plan in 2024, according to Mr. Oren Vale, its director.',
  'Repairs cost about $4.5 million, and the council voted 7-2 to pay for them.',
  'Residents complained about the noise. Some moved away!',
  'Was it worth it? Officials think so.'
]

describe('parsePieces', () => {
  test('a block up to the limit is one piece', () => {
    expect(parsePieces('abc', 0, 3)).toEqual([[0, 3]])
  })

  test('pieces cover a long block without gaps and stay bounded, whatever its text', () => {
    const unit = fc.constantFrom('Mr. ', 'U.S. ', 'a.', ' ', '\n', 'word ', 'ended. The ', '“', '”', 'x'.repeat(50))
    fc.assert(fc.property(fc.array(unit, {minLength: 1, maxLength: 6}), fc.integer({min: 1, max: 40_000}), (units, size) => {
      const body = units.join('')
      const text = 'Head\n' + body.repeat(Math.ceil(size / body.length)).slice(0, size)
      const pieces = parsePieces(text, 5, text.length)
      expect(pieces[0]![0]).toBe(5)
      expect(pieces.at(-1)![1]).toBe(text.length)
      for (let i = 0; i < pieces.length; i++) {
        const [start, end] = pieces[i]!
        expect(end).toBeGreaterThan(start)
        expect(end - start).toBeLessThanOrEqual(16_000)
        if (i > 0) expect(start).toBe(pieces[i - 1]![1])
      }
    }), fuzzRuns(60))
  })

  test('a paragraph longer than a piece gives the sentences it gives when read in short paragraphs', () => {
    const count = Math.ceil((3 * pieceChars) / prose.join(' ').length)
    const sentences = Array.from({length: count}, () => prose).flat()
    const long = parseArticle(sentences.join(' '), {format: 'text'})
    const short = parseArticle(sentences.join('\n\n'), {format: 'text'})
    expect(long.text.length).toBeGreaterThan(3 * pieceChars)
    expect(long.sentences.map((s) => s.text)).toEqual(short.sentences.map((s) => s.text))
    for (const sentence of long.sentences) expect(long.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})
