import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('a few words quoted whole by outlets that give them to different people, neither reading twice the weight of the other (a slogan, a title)', () => {
  const files = {
    'a.txt': 'Mara Velbik closed her speech in Dunmore by promising to "pave it all by spring." "We will pave every lane," Velbik told the crowd.',
    'b.txt': 'Oskar Tamlin laughed at the "pave it all by spring" promise on Friday. "Nobody has seen a budget," Tamlin said.'
  }

  test('are shared wording: the group names no speaker and overrides no outlet’s reading', () => {
    const result = story(files)
    const slogan = result.quoteGroups.find((group) => group.members.some((member) => member.text.includes('pave it all by spring')))
    expect(slogan?.files).toHaveLength(2)
    expect(slogan?.speaker).toBeNull()
    expect(slogan?.overridden).toEqual([])
  })

  test('a few words both outlets give to one person keep that speaker', () => {
    const result = story({
      'a.txt': 'Mara Velbik called the toll plan "a slow disaster" at the market in Dunmore on Friday.',
      'b.txt': 'The toll plan is "a slow disaster," Mara Velbik said on Friday.'
    })
    const group = result.quoteGroups.find((g) => g.files.length === 2)
    expect(group?.speaker).toBe('Mara Velbik')
  })
})
