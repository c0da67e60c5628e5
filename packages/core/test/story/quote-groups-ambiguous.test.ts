import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'

describe('a short quote that two different quotes contain', () => {
  test('a phrase two different quotes of its speaker contain joins neither', () => {
    const result = storyOfTexts({
      'a.txt': 'Pavel Marek spoke in Varik on Monday.\n"This tender is a rigged game and the ministry knows it," Marek said.\nLater he went further. "Whoever wins, the public loses a rigged game like this one every spring," Marek said.',
      'b.txt': 'Pavel Marek called the tender "a rigged game" on Monday.'
    }, '2024-06-11')
    expect(result.quoteGroups.filter((group) => group.members.some((member) => member.file === 'b.txt'))).toEqual([])
  })

  test('a phrase only one quote contains still joins it', () => {
    const result = storyOfTexts({
      'a.txt': 'Pavel Marek spoke in Varik on Monday.\n"This tender is a rigged game and the ministry knows it," Marek said.\nLater he went further. "Whoever wins, the public loses money like this every spring," Marek said.',
      'b.txt': 'Pavel Marek called the tender "a rigged game" on Monday.'
    }, '2024-06-11')
    const group = result.quoteGroups.find((g) => g.members.some((member) => member.file === 'b.txt'))
    expect(group?.members.map((member) => member.text)).toEqual(['This tender is a rigged game and the ministry knows it,', 'a rigged game'])
  })
})
