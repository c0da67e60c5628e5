import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {charSizeAt, isLetterOrDigitAt, wordEndAt} from '../../src/lib/word-scan.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

/** The expression the scanner stands in for. */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?/gu

function byRegex(text: string, from: number, to: number): Array<[number, number]> {
  const slice = text.slice(from, to)
  return [...slice.matchAll(wordPattern)].map((m) => [from + m.index, from + m.index + m[0].length])
}

function byScanner(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let i = from
  while (i < to) {
    if (!isLetterOrDigitAt(text, i, to)) { i += charSizeAt(text, i, to); continue }
    const end = wordEndAt(text, i, to)
    out.push([i, end])
    i = end
  }
  return out
}

// Letters, digits, marks, joiners, astral letters and digits, emoji, lone surrogates.
const pieces = fc.constantFrom('a', 'Z', '9', 'é', 'e\u0301', '\u0301', "'", '’', '-', '.', '&', ' ', ',', '𝐀', '𝟗', '😀', '\ud835', '\udc00', 'Ж', '٣', '\u00a0', 'U.S.', "don't", 'Dec.')
const soup = fc.array(fc.oneof({arbitrary: pieces, weight: 9}, {arbitrary: fc.string({unit: 'binary', maxLength: 4}), weight: 1}), {maxLength: 40}).map((parts) => parts.join(''))

describe('word scanner', () => {
  test('finds the same words as the expression, on any stretch of any text', () => {
    fc.assert(fc.property(soup, fc.double({min: 0, max: 0.5, noNaN: true}), fc.double({min: 0.5, max: 1, noNaN: true}), (text, a, b) => {
      const from = Math.floor(a * text.length)
      const to = Math.ceil(b * text.length)
      // Stretches start on a character boundary, as blocks do.
      if (from > 0 && /[\udc00-\udfff]/.test(text[from]!) && /[\ud800-\udbff]/.test(text[from - 1]!)) return
      expect(byScanner(text, from, to)).toEqual(byRegex(text, from, to))
    }), fuzzRuns(3000))
  })
})
