import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {nameKey} from '../../src/index.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// The chain of expressions nameKey is defined by, kept as the reference for its
// char-code path on ASCII words.
function reference(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`.\-\s]/g, '')
    .replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/w/g, 'v').replace(/kh/g, 'h').replace(/[jy]/g, 'i')
    .replace(/ck/g, 'k').replace(/er$/, 'r').replace(/[aeiou]+v$/, 'v')
    .replace(/[aeiou]{2,}/g, (run) => run[0]!).replace(/(.)\1+/g, '$1')
}

const letters = fc.constantFrom('k', 's', 'K', 'S', 'p', 'h', 'w', 'W', 'j', 'y', 'c', 'e', 'r', 'a', 'i', 'o', 'u', 'v', 'V', 'x', 'n', 'ks', 'kh', 'ph', 'ck', 'er', 'iv', 'ov', 'ee', "'", '`', '.', '-', ' ', '\t', 'é', '’', '1')

describe('nameKey', () => {
  test('equals its definition on any word', () => {
    fc.assert(fc.property(fc.array(letters, {maxLength: 14}).map((parts) => parts.join('')), (word) => {
      expect(nameKey(word)).toBe(reference(word))
    }), fuzzRuns(5000))
    fc.assert(fc.property(fc.string({maxLength: 12}), (word) => {
      expect(nameKey(word)).toBe(reference(word))
    }), fuzzRuns(2000))
  })
  test('joins transliteration variants', () => {
    expect(nameKey('Horvaskyy')).toBe(nameKey('Horvasky'))
    expect(nameKey('Kharkiv')).toBe(nameKey('Kharkov'))
    expect(nameKey('Aleksandr')).toBe(nameKey('Alexander'))
  })
})
