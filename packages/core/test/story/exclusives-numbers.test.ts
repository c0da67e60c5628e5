import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

describe('exclusives carry their numbers', () => {
  const files = {
    'a.txt': 'Mayor Ines Adler closed the old ferry pier in Marle on Monday. Her office answered one letter from a resident of Riverton.\nThe city will hire a pair of divers to inspect the pilings next month.',
    'b.txt': 'The old ferry pier in Marle was closed by Mayor Ines Adler on Monday. Her office sent the council one letter about the closure.',
    'c.txt': 'Mayor Ines Adler shut the ferry pier in Marle on Monday. Tomas Vel, a harbour engineer, said the pilings had been rotting for years and that he had warned about them in at least one letter.'
  }
  const result = story(files)

  test('a fact that aligns to nothing is exclusive with its number, though another fact shares that number', () => {
    const rotting = result.exclusives.find((e) => e.file === 'c.txt' && e.text.includes('rotting'))
    expect(rotting?.quantities).toEqual([expect.objectContaining({value: 1, unit: 'letter'})])
  })

  test('a number read across several words ("a pair of") is an exclusive\'s number', () => {
    expect(result.exclusives.some((e) => e.file === 'a.txt' && e.quantities.some((q) => q.value === 2 && q.unit === 'diver'))).toBe(true)
  })

  test('every span is valid', () => expectValidSpans(result, texts(files)))
})
