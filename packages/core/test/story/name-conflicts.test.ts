import {describe, expect, test} from 'vitest'
import {type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

const names = (result: Story) => result.conflicts.filter((conflict) => conflict.kind === 'name')

describe('name conflicts', () => {
  test('one title and surname with two first names in two outlets is a name conflict', () => {
    const texts = {
      'a.txt': 'Harbour dredging starts in Marle\n\nWork to deepen the Marle harbour began on Monday, Mayor Omar Reyes said.\nReyes expects the first ferries to dock by the autumn.',
      'b.txt': 'Marle begins dredging its harbour\n\nMayor Oscar Reyes opened the dredging works at the Marle harbour on Monday.\nThe ferries should return in the autumn, Reyes said.'
    }
    const found = names(story(texts))
    expect(found).toHaveLength(1)
    expect(found[0]!.summary).toBe('Mayor Reyes: Omar vs Oscar')
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(found[0]!.reason).toMatch(/different first names/)
    expect(found[0]!.members.map((member) => member.value).sort()).toEqual(['Omar', 'Oscar'])
    for (const member of found[0]!.members) expect(texts[member.file as keyof typeof texts].slice(member.start, member.end)).toBe(member.text)
  })

  test('a nickname, a spelling, two people in one article, or two titles raise nothing', () => {
    const harbour = 'opened the dredging works at the Marle harbour on Monday.'
    const cases: Array<[string, string]> = [
      [`Mayor Thomas Vel ${harbour}`, `Mayor Tom Vel ${harbour}`],
      [`Mayor Pavel Marek ${harbour}`, `Mayor Pavol Marek ${harbour}`],
      [`Mayor Omar Reyes ${harbour}`, `Judge Oscar Reyes ${harbour}`],
      [`Mr. Omar Reyes ${harbour}`, `Mr. Oscar Reyes ${harbour}`],
      [`Mayor Omar Reyes ${harbour} His brother, Mayor Oscar Reyes of Varik, came along.`, `Mayor Oscar Reyes ${harbour}`]
    ]
    for (const [a, b] of cases) expect(names(story({'a.txt': `Dredging in Marle\n\n${a}`, 'b.txt': `Marle harbour works\n\n${b}`}))).toEqual([])
  })
})
