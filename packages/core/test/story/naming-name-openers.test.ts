import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'
import {formsOf} from './helpers-naming.js'

describe('naming: a body’s name opened by an abbreviation', () => {
  test('"St." opening a church’s name is no sentence end ("St. Wilfa’s Chapel Church")', () => {
    const {naming} = story({
      'a.txt': 'Mourners filled St. Wilfa’s Chapel Church in the hill town of Dunraven on Saturday. The Chapel Church rang its bell.',
      'b.txt': 'The service at St. Wilfa’s Chapel Church drew hundreds, the vicar said.'
    })
    const forms = naming.flatMap(formsOf)
    expect(forms.some((form) => /^St\. Wilfa/.test(form))).toBe(true)
    expect(forms.some((form) => /^Wilfa/.test(form))).toBe(false)
  })
})

describe('naming: a day or month owning a body’s name', () => {
  test('is no part of it ("July’s Harrowgate Post poll")', () => {
    const {naming} = story({
      'a.txt': 'Turnout will be low, according to July’s Harrowgate Post poll of river towns.',
      'b.txt': 'A poll by the Harrowgate Post (HP) found turnout will be low in river towns.'
    })
    const forms = naming.flatMap(formsOf)
    expect(forms.some((form) => /July/.test(form))).toBe(false)
    expect(forms).toContain('Harrowgate Post')
  })
})
