import {describe, expect, test} from 'vitest'
import {abbreviates, acronymLetters, initialsOf} from '../../src/lib/entities/acronyms.js'
import {isKnownGivenName, isNicknameOf} from '../../src/lib/entities/nicknames.js'
import {parsePersonName, personNameText} from '../../src/lib/entities/person-name.js'

describe('nicknames', () => {
  test.each([['Bob', 'Robert'], ['Mike', 'Michael'], ['Rick', 'Richard'], ['Don', 'Donald'], ['Rudy', 'Rudolph']])('%s is a nickname of %s, both ways', (a, b) => {
    expect(isNicknameOf(a, b)).toBe(true)
    expect(isNicknameOf(b, a)).toBe(true)
  })

  test('the relation does not chain and does not join unrelated names', () => {
    expect(isNicknameOf('Michael', 'Robert')).toBe(false)
    expect(isNicknameOf('William', 'Robert')).toBe(false)
    expect(isNicknameOf('Robert', 'Robert')).toBe(false)
    expect(isNicknameOf('Zorblat', 'Robert')).toBe(false)
  })

  test('knows given names, not surnames made up for the test', () => {
    expect(isKnownGivenName('robert')).toBe(true)
    expect(isKnownGivenName('Quillfeather')).toBe(false)
  })
})

describe('parsePersonName', () => {
  test('takes title, middle initial, suffix and affiliation apart', () => {
    expect(parsePersonName('Special Counsel Thomas R. Wexley III')).toEqual({title: ['Special', 'Counsel'], given: 'Thomas', middle: ['R.'], surname: 'Wexley', suffix: 'III'})
    expect(parsePersonName('Anna Borgen of Ohio')).toEqual({title: [], given: 'Anna', middle: [], surname: 'Borgen', suffix: null})
    expect(parsePersonName('Paul Vantry Jr.').suffix).toBe('Jr.')
    expect(parsePersonName('Vantry')).toEqual({title: [], given: null, middle: [], surname: 'Vantry', suffix: null})
  })

  test('a title from the title lists is taken off even before an unknown given name', () => {
    expect(personNameText(parsePersonName('Senator Zorblat Quillfeather'))).toBe('Zorblat Quillfeather')
  })
})

describe('acronyms', () => {
  test('letters of abbreviations with and without periods', () => {
    expect(acronymLetters('F.B.I.')).toBe('FBI')
    expect(acronymLetters('NSA')).toBe('NSA')
    expect(acronymLetters('Nato')).toBeNull()
    expect(acronymLetters('A')).toBeNull()
  })

  test('initials with and without the small words, a leading The aside', () => {
    expect(initialsOf('Department of Justice')).toEqual(['DOJ', 'DJ'])
    expect(initialsOf('The Northfield Daily Ledger')).toEqual(['NDL'])
    expect(abbreviates('B.W.A.', 'Bureau of Water Affairs')).toBe(true)
    expect(abbreviates('BWA', 'Board of Wildlife')).toBe(false)
  })
})
