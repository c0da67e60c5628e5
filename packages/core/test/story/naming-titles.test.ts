import {describe, expect, it} from 'vitest'
import {knownTitles, spaceBefore, titlesWrittenBefore} from '../../src/lib/story/naming-titles.js'
import {compatible, nearKey} from '../../src/lib/entities/link-groups.js'

describe('titlesWrittenBefore', () => {
  const known = knownTitles(['Harbour Master', 'Chief Clerk', 'harbour master', 'Mayor'])

  it('finds a known title written in other capitals, once per spelling in the text', () => {
    const text = 'The ferry left after Harbour master Ola Brekke signed.'
    const at = text.indexOf('Ola')
    expect(spaceBefore(text, at)).toBe(true)
    expect(titlesWrittenBefore(text, at, known)).toEqual(['Harbour master', 'Harbour master'])
  })

  it('takes only a whole title, not the end of a longer capitalised run', () => {
    const text = 'She met Deputy Mayor Ola Brekke on the quay.'
    expect(titlesWrittenBefore(text, text.indexOf('Ola'), known)).toEqual([])
  })

  it('needs a capital and room before the name', () => {
    const text = 'mayor Ola Brekke'
    expect(titlesWrittenBefore(text, text.indexOf('Ola'), known)).toEqual([])
    expect(titlesWrittenBefore('Ola', 0, known)).toEqual([])
    expect(spaceBefore('Ola', 0)).toBe(false)
  })
})

describe('link-groups', () => {
  it('reads surname keys one letter apart as near, only when long enough', () => {
    expect(nearKey('brekke', 'brekkes')).toBe(true)
    expect(nearKey('brekke', 'brakke')).toBe(true)
    expect(nearKey('ola', 'ula')).toBe(false)
    expect(nearKey('brekke', 'brekke')).toBe(false)
  })

  it('lets an initial agree with a given name', () => {
    expect(compatible('o', 'ola')).toBe(true)
    expect(compatible('ola', 'ula')).toBe(false)
  })
})
