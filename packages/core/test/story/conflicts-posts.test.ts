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

describe('post conflicts read from linked mentions', () => {
  const lead = `The Tolvane harbour board voted on Monday to close the east pier to ferries.\n`
  const pair = (a: string, b: string) => roles(story({'a.txt': `Pier closes\n\n${lead}${a}`, 'b.txt': `Ferries lose pier\n\n${lead}${b}`}))

  test('a post given beside a later surname mention ("Ms. Voss, the spokeswoman,") is read', () => {
    const found = pair(
      'Campaign manager Pella Voss said the ferry group would go to court.',
      'Pella Voss led the ferry group at the meeting. Ms. Voss, the spokeswoman, said it would go to court.'
    )
    expect(found.map((conflict) => conflict.summary)).toEqual(['Pella Voss: campaign manager vs spokeswoman'])
    expect(found[0]!.confidence).toBe(0.5)
    expect(found[0]!.reason).toMatch(/surname/)
  })

  test('a post owned by a name, a body or "a" beside the name is read', () => {
    expect(pair('Pella Voss, Orlo Brank\'s spokeswoman, said the ferry group would go to court.', 'His campaign manager, Pella Voss, said the ferry group would go to court.')
      .map((conflict) => conflict.summary)).toEqual(['Pella Voss: spokeswoman vs campaign manager'])
    expect(pair('Pella Voss, a spokeswoman for the ferry group, said it would go to court.', 'The group\'s chief of staff, Pella Voss, said it would go to court.')
      .map((conflict) => conflict.summary)).toEqual(['Pella Voss: spokeswoman vs chief of staff'])
  })

  test('an office given on a surname mention is read', () => {
    expect(pair('Tamsin Orlo voted to close the pier. Sen. Orlo said the ferries could dock at the west pier.', 'Rep. Tamsin Orlo said the ferries could dock at the west pier.')
      .map((conflict) => conflict.summary)).toEqual(['Tamsin Orlo: Sen. vs Rep.'])
  })

  test('look-alikes raise nothing', () => {
    const court = 'said the ferry group would go to court.'
    const cases: Array<[string, string]> = [
      // Two posts at once, and one post by two names.
      [`Pella Voss, a senior adviser and spokeswoman, ${court}`, `Spokeswoman Pella Voss ${court}`],
      [`Pella Voss, the ferry group's spokeswoman, ${court}`, `Pella Voss, its press secretary, ${court}`],
      // A former post.
      [`The former spokeswoman, Pella Voss, ${court}`, `Campaign manager Pella Voss ${court}`],
      // One outlet gives two posts at two times.
      [`Campaign manager Pella Voss ${court} A week on, Ms. Voss, the spokeswoman, spoke again.`, `Spokeswoman Pella Voss ${court}`],
      // A surname alone in an outlet that never names the person in full.
      [`Campaign manager Pella Voss ${court}`, `Voss, the spokeswoman, ${court}`],
      // A post once held ("as a spokeswoman, Voss").
      [`Campaign manager Pella Voss ${court} As a spokeswoman, Voss had said so before.`, `Campaign manager Pella Voss ${court}`],
      [`Pella Voss ${court} As a spokeswoman, Voss had said so before.`, `Campaign manager Pella Voss ${court}`],
      // "a spokesman" set beside no name.
      [`Campaign manager Pella Voss ${court} A spokesman for the board said nothing.`, `Campaign manager Pella Voss ${court}`]
    ]
    for (const [a, b] of cases) expect(pair(a, b)).toEqual([])
  })
})
