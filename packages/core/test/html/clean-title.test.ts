import {describe, expect, it} from 'vitest'
import {cleanTitle} from '../../src/lib/html/clean-title.js'

describe('cleanTitle', () => {
  it('drops the site name after or before a separator, in any case', () => {
    expect(cleanTitle('Bridge reopens after repairs | Riverton Notes', 'Riverton Notes')).toBe('Bridge reopens after repairs')
    expect(cleanTitle('Bridge reopens after repairs – riverton notes', 'Riverton  Notes')).toBe('Bridge reopens after repairs')
    expect(cleanTitle('RIVERTON NOTES » Bridge reopens after repairs', 'Riverton Notes')).toBe('Bridge reopens after repairs')
    expect(cleanTitle('Riverton Notes - Bridge reopens - Riverton Notes', 'Riverton Notes')).toBe('Bridge reopens')
  })

  it('keeps a title that only mentions the site, is the site, or has no separator before it', () => {
    expect(cleanTitle('Why Riverton Notes changed its name', 'Riverton Notes')).toBe('Why Riverton Notes changed its name')
    expect(cleanTitle('Riverton Notes', 'Riverton Notes')).toBe('Riverton Notes')
    expect(cleanTitle('Bridge reopens Riverton Notes', 'Riverton Notes')).toBe('Bridge reopens Riverton Notes')
    expect(cleanTitle('Bridge reopens | Riverton Notes', null)).toBe('Bridge reopens | Riverton Notes')
  })
})
