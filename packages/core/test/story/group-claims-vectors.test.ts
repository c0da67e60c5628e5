import {describe, expect, test} from 'vitest'
import {groupClaimsWithSimilarity} from '../../src/lib/story/group-claims.js'
import type {StoryClaim} from '../../src/lib/story/types.js'

const claim = (file: string, text: string, n: number): StoryClaim => ({
  file, article: file, start: 0, end: text.length, text, claim: `c${n}`, stance: 'asserted', quantities: [], dates: [], assertor: null
})

// Many outlets repeat one sentence word for word (syndicated copy), some reword it.
const sentences = [
  'Mayor Dana Okafor of Riverton said the new bridge over the Tessel river will open in spring.',
  'Mayor Dana Okafor of Riverton said the new bridge across the Tessel river would open in spring.',
  'The new bridge over the Tessel river will open in spring, Riverton mayor Dana Okafor said.',
  'Riverton council members voted to raise parking fees near the harbour market.'
]
const claims = Array.from({length: 40}, (_, i) => claim(`f${i}.txt`, sentences[i % 7 === 0 ? 1 : i % 5 === 0 ? 2 : i % 11 === 0 ? 3 : 0]!, i))
const entities = (c: StoryClaim) => (c.text.includes('Okafor') ? ['p:okafor', 'l:riverton'] : ['l:riverton'])
const files = claims.map((c) => c.file)

describe('claim groups over repeated sentences', () => {
  test('a group\'s cohesion is the least similarity of any two of its members', () => {
    const {groups, similarity} = groupClaimsWithSimilarity(claims, entities, files)
    expect(groups.length).toBeGreaterThan(0)
    for (const group of groups) {
      let least = 1
      for (let a = 0; a < group.members.length; a++) {
        for (let b = a + 1; b < group.members.length; b++) least = Math.min(least, similarity(group.members[a]!, group.members[b]!))
      }
      expect(group.cohesion).toBe(Math.round(least * 1000) / 1000)
    }
  })

  test('similarity is symmetric, and copies of one sentence are alike to every other claim', () => {
    const {similarity} = groupClaimsWithSimilarity(claims, entities, files)
    for (const a of claims.slice(0, 12)) {
      for (const b of claims.slice(0, 12)) expect(similarity(a, b)).toBe(similarity(b, a))
    }
    const copies = claims.filter((c) => c.text === sentences[0])
    for (const other of claims.slice(0, 12)) {
      if (copies.includes(other)) continue
      expect(new Set(copies.map((c) => similarity(c, other))).size).toBe(1)
    }
    expect(similarity(copies[0]!, copies[0]!)).toBe(1)
    expect(similarity(copies[0]!, copies[1]!)).toBeCloseTo(1, 9)
  })
})
