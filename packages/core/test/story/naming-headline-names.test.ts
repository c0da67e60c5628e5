import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'
import {formsOf} from './helpers-naming.js'

describe('naming: names in a title-case headline', () => {
  test('a function word second in the run ends it ("Praised By Orla Brisk")', () => {
    const {naming} = storyOfTexts({
      'a.txt': 'Pier Plan Praised By Orla Brisk\n\nOrla Brisk praised the pier plan on Friday. Brisk wants it built by May.',
      'b.txt': 'Report\n\nOrla Brisk, who chairs the harbour trust, praised the pier plan. Ms. Brisk wants it built by May.'
    })
    expect(naming.flatMap(formsOf).some((form) => /Praised|By Orla/.test(form))).toBe(false)
  })
})
