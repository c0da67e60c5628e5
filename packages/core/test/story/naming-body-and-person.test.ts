import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'
import {formsOf} from './helpers-naming.js'

const formsOfStory = (a: string, b: string): string[] => storyOfTexts({'a.txt': a, 'b.txt': b}).naming.flatMap(formsOf)

describe('naming: a person after "and" is no part of a body\'s name', () => {
  test('a given name and a surname ("the University of Lenwick and Helen Quorvy")', () => {
    const forms = formsOfStory(
      'Tide Study\n\nTwo scholars, Anselm Drey at the University of Lenwick and Helen Quorvy at the Institute of Tides, mapped the silt. The University of Lenwick paid for boats.',
      'Silt Report\n\nHelen Quorvy found more silt than expected. Quorvy said the boats helped.')
    expect(forms.some((form) => /Lenwick and/.test(form))).toBe(false)
  })

  test('a title and a name ("the University of Lenwick and Professor Quorvy")', () => {
    const forms = formsOfStory(
      'Silt Report\n\nThe study by the University of Lenwick and Professor Quorvy found more silt than expected. A University of Lenwick spokesman agreed.',
      'Tide Study\n\nHelen Quorvy found more silt than expected. Quorvy said the boats helped.')
    expect(forms.some((form) => /Lenwick and/.test(form))).toBe(false)
  })

  test('an opening "Both" or a describing word ("Orlen-based") is no part of it', () => {
    const forms = formsOfStory(
      'Ferry Fares\n\nBoth The Quillby Gazette and the harbour board reported the rise. The Orlen-based Tidewater Institute agreed. The Quillby Gazette said fares doubled.',
      'Fares\n\nFares doubled, the Quillby Gazette reported, and the Tidewater Institute agreed.')
    expect(forms.some((form) => /^Both|based/.test(form))).toBe(false)
  })
})
