import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'
import {entryWith, formsOf} from './helpers-naming.js'

describe('naming: a state\'s abbreviation stands for the state, not for a body with its initials', () => {
  test('"S.C." is no "Salt Commission"', () => {
    const {naming} = storyOfTexts({
      'a.txt': 'Salt Rules\n\nRep. Orla Fenn, R-S.C., said the Salt Commission would meet on Friday. The Salt Commission has five members.',
      'b.txt': 'Salt Vote\n\nThe Salt Commission met on Friday, and Orla Fenn of S.C. said the vote would wait.'
    })
    expect(formsOf(entryWith(naming, 'Salt Commission'))).not.toContain('S.C.')
  })
})
