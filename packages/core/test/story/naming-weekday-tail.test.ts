import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const formsOf = (files: Record<string, string>) => story(files).naming.map((entry) => entry.variants.map((v) => v.form).sort())

describe('naming: a weekday after a body’s name is not part of it', () => {
  test('"the Harbor Authority Tuesday said" names the Harbor Authority', () => {
    const forms = formsOf({
      'a.txt': 'The Dunmere Harbor Authority Tuesday said the ferry pier would close for repairs until spring.',
      'b.txt': 'The pier will close for repairs until spring, the Dunmere Harbor Authority said in a statement.'
    })
    expect(forms.flat().some((form) => /Tuesday/.test(form))).toBe(false)
  })
})

describe('naming: a time phrase after a body’s name is not part of it', () => {
  test('"the Dunmere Tribune on Market Tuesday" names the Dunmere Tribune', () => {
    const forms = formsOf({
      'a.txt': 'The vote was reported by the Dunmere Tribune on Market Tuesday, when traders filled the square.',
      'b.txt': 'Traders filled the square for the vote, the Dunmere Tribune reported.'
    })
    expect(forms.flat().some((form) => /Market|Tuesday/.test(form))).toBe(false)
  })
})
