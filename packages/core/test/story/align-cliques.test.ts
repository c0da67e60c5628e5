import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('claim groups are cliques', () => {
  test('no chaining through one shared name: each member close to every other', () => {
    const result = story({
      'a.txt': 'Governor Mira Sandoval signed the water bill in Tarrow on Monday.',
      'b.txt': 'Governor Mira Sandoval signed the water bill on Monday after a long debate.',
      'c.txt': 'Governor Mira Sandoval went skiing with her family in the mountains.'
    })
    for (const group of result.claimGroups) {
      const files = group.members.map((m) => m.file)
      expect(files.includes('c.txt') && (files.includes('a.txt') || files.includes('b.txt'))).toBe(false)
      expect(group.cohesion).toBeGreaterThan(0)
    }
  })

  test('coverage lists the files that carry the fact (or may), and leaves the absent ones out', () => {
    const result = story({
      'a.txt': 'Governor Mira Sandoval signed the water bill in Tarrow on Monday.',
      'b.txt': 'Governor Mira Sandoval signed the water bill on Monday after a long debate.',
      'c.txt': 'A bakery in Ghent won a national prize for its rye bread on Friday.'
    })
    const group = result.claimGroups.find((g) => g.members.length === 2)
    expect(group).toBeDefined()
    expect(group!.coverage).toEqual([
      {file: 'a.txt', stance: 'asserted', carried: 'carried'},
      {file: 'b.txt', stance: 'asserted', carried: 'carried'}
    ])
  })
})
