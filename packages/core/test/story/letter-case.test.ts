import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {countWords, isAllLower, isCapitalised, lettersWords, startsUpper} from '../../src/lib/story/letter-case.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// Letters of every case, marks, digits, hyphens, apostrophes, astral letters, emoji, lone surrogates.
const pieces = fc.constantFrom('a', 'Z', 'Nova', 'NOVA', 're-open', '-', '--', 'é', 'É', 'e\u0301', '9', "'", '’', '.', ' ', '\n', 'ǅ', 'ß',
  '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'Ж', 'ж', '\u00a0', 'U.S.', 'x-')
const soup = fc.array(fc.oneof({arbitrary: pieces, weight: 9}, {arbitrary: fc.string({unit: 'binary', maxLength: 4}), weight: 1}), {maxLength: 30}).map((parts) => parts.join(''))

describe('letter and case tests', () => {
  test('each test gives what its regex gives, on any word', () => {
    fc.assert(fc.property(soup, (word) => {
      expect(startsUpper(word)).toBe(/^\p{Lu}/u.test(word))
      expect(isAllLower(word)).toBe(/^\p{Ll}+$/u.test(word))
      expect(isCapitalised(word)).toBe(/^\p{Lu}\p{Ll}+$/u.test(word))
    }), fuzzRuns(3000))
  })

  test('the words of a text are those the regex finds, where it finds them', () => {
    fc.assert(fc.property(soup, (text) => {
      const matches = [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)]
      expect(lettersWords(text)).toEqual({words: matches.map((m) => m[0]), starts: matches.map((m) => m.index)})
    }), fuzzRuns(3000))
  })

  test('the words of a stretch are counted as the regex finds them', () => {
    fc.assert(fc.property(soup, fc.nat(), fc.nat(), (text, a, b) => {
      const from = Math.min(a, b) % (text.length + 1)
      const to = Math.max(from, Math.max(a, b) % (text.length + 1))
      const words = text.slice(from, to).match(/\p{L}[\p{L}’'.-]*/gu) ?? []
      expect(countWords(text, from, to)).toEqual({words: words.length, capitalised: words.filter((word) => /^\p{Lu}/u.test(word)).length})
    }), fuzzRuns(3000))
  })

  test('invented headlines and running text', () => {
    expect(lettersWords('Mayor Dana Okafor re-opened the Tessel-bridge.').words).toEqual(['Mayor', 'Dana', 'Okafor', 're-opened', 'the', 'Tessel-bridge'])
    expect(countWords('Riverton Council Votes To Re-Open Harbour', 0, 41)).toEqual({words: 6, capitalised: 6})
  })
})
