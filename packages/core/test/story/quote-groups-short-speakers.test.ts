import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('a few words given to two people named in full (one by carry-over)', () => {
  test('are two utterances, not one quote with a wrong speaker', () => {
    const result = story({
      'a.txt': 'Mara Velbik closed the rally in Dunmore with a grin. "Thank you Dunmore," Mara Velbik shouted as the band played.',
      'b.txt': 'Oskar Tamlin spoke at the county fair in Dunmore on Saturday. "It was a fine harvest," Oskar Tamlin said to the farmers. "Thank you."'
    })
    const joined = result.quoteGroups.filter((group) => group.files.length > 1)
    expect(joined).toHaveLength(0)
  })

  test('one speaker quoted in part by one outlet and in full by another is still one utterance', () => {
    const result = story({
      'a.txt': '"We will rebuild the north bridge before winter," Mara Velbik told the council in Dunmore.',
      'b.txt': 'Mara Velbik promised the council to rebuild "the north bridge" quickly.'
    })
    expect(result.quoteGroups.filter((group) => group.files.length > 1)).toHaveLength(1)
  })
})
