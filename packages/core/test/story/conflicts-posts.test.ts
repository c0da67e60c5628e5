import {describe, expect, test} from 'vitest'
import {type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-09-18')
}

const roles = (result: Story) => result.conflicts.filter((conflict) => conflict.kind === 'role')

describe('post conflicts', () => {
  test('one person given two staff posts by two outlets is a role conflict', () => {
    const texts = {
      'a.txt': 'Quarry vote splits Dunmere\n\nThe Dunmere council voted 5-4 on Tuesday to reopen the old quarry.\n"We lost a round, not the fight," said campaign manager Pella Voss of the Save the Ridge group.',
      'b.txt': 'Dunmere council backs quarry\n\nThe Dunmere council voted 5-4 on Tuesday to reopen the quarry, which the Ridge group fought.\nPella Voss, the group\'s spokeswoman, said the campaign would appeal.'
    }
    const found = roles(story(texts))
    expect(found).toHaveLength(1)
    expect(found[0]!.summary).toBe('Pella Voss: campaign manager vs spokeswoman')
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(found[0]!.members.map((member) => member.value).sort()).toEqual(['campaign manager', 'spokeswoman'])
    for (const member of found[0]!.members) expect(texts[member.file as keyof typeof texts].slice(member.start, member.end)).toBe(member.text)
  })

  test('a deputy is another post', () => {
    const found = roles(story({
      'a.txt': 'Ridge group loses vote\n\nDeputy campaign manager Pella Voss said the group would appeal the quarry vote.',
      'b.txt': 'Quarry approved\n\nCampaign manager Pella Voss said the group would appeal the quarry vote.'
    }))
    expect(found.map((conflict) => conflict.summary)).toEqual(['Pella Voss: deputy campaign manager vs campaign manager'])
  })

  test('two elected offices for one person are a role conflict; a lieutenant governor is no governor', () => {
    const bill = 'signed the Dunmere quarry bill on Tuesday.'
    expect(roles(story({'a.txt': `Quarry bill\n\nSen. Tamsin Orlo ${bill}`, 'b.txt': `Dunmere law\n\nRep. Tamsin Orlo ${bill}`})).map((conflict) => conflict.summary))
      .toEqual(['Tamsin Orlo: Sen. vs Rep.'])
    for (const [a, b] of [[`Lt. Gov. Tamsin Orlo ${bill}`, `Gov. Tamsin Orlo ${bill}`], [`Senator Tamsin Orlo ${bill}`, `Sen. Tamsin Orlo ${bill}`], [`Former Gov. Tamsin Orlo ${bill}`, `Sen. Tamsin Orlo ${bill}`]]) {
      expect(roles(story({'a.txt': `Quarry bill\n\n${a}`, 'b.txt': `Dunmere law\n\n${b}`}))).toEqual([])
    }
  })

  test('two names for one post, a former post, an outlet giving both posts, two people, or an office beside a post raise nothing', () => {
    const vote = 'said the group would appeal the quarry vote in Dunmere.'
    const cases: Array<[string, string]> = [
      [`Spokeswoman Pella Voss ${vote}`, `Press secretary Pella Voss ${vote}`],
      [`Former campaign manager Pella Voss ${vote}`, `Spokeswoman Pella Voss ${vote}`],
      [`Campaign manager Pella Voss ${vote} Pella Voss, also its spokeswoman, spoke last.`, `Spokeswoman Pella Voss ${vote}`],
      [`Campaign manager Pella Voss ${vote}`, `Spokeswoman Orin Voss ${vote}`],
      [`Campaign manager Pella Voss ${vote}`, `Pella Voss, a senior adviser, ${vote}`],
      [`Campaign chairman Pella Voss ${vote}`, `Sen. Pella Voss ${vote}`]
    ]
    for (const [a, b] of cases) expect(roles(story({'a.txt': `Dunmere quarry\n\n${a}`, 'b.txt': `Ridge group\n\n${b}`}))).toEqual([])
  })
})
