import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {isWhiteSpace, splitCount, wordCount} from '../../src/lib/white-space.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

describe('white space', () => {
  test('is \\s on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c)).toBe(/\s/.test(String.fromCharCode(c)))
  })
  test('counts as split(/\\s+/) does', () => {
    const soup = fc.array(fc.constantFrom('a', 'b c', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u200b', '.'), {maxLength: 20}).map((parts) => parts.join(''))
    fc.assert(fc.property(soup, (text) => {
      expect(splitCount(text)).toBe(text.split(/\s+/).length)
      expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length)
      expect(splitCount(' ' + text + ' ', 1, text.length + 1)).toBe(text.split(/\s+/).length)
    }), fuzzRuns(2000))
  })
})
