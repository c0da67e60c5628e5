import {describe, expect, test} from 'vitest'
import {formatQuantity, readableQuantity} from '../../src/lib/story/quantity-bounds.js'

describe('a number conflict summary a reader can read', () => {
  test('figures of five digits or more are grouped in thousands, with their qualifier and unit', () => {
    expect(readableQuantity(formatQuantity({value: 12_000_000}))).toBe('12,000,000')
    expect(readableQuantity(formatQuantity({value: 48_000, qualifier: 'at-least'}))).toBe('at least 48,000')
    expect(readableQuantity(formatQuantity({value: 30_000, values: [30_000, 50_000]}))).toBe('30,000-50,000')
    expect(readableQuantity('5600000000 USD')).toBe('5,600,000,000 USD')
    expect(readableQuantity('2.5')).toBe('2.5')
  })

  test('short figures stay as they are (four digits may be a count or a year)', () => {
    expect(readableQuantity('1500')).toBe('1500')
    expect(readableQuantity('about 14')).toBe('about 14')
  })
})
