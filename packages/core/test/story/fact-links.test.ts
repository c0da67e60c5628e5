import {describe, expect, test} from 'vitest'
import {story, texts} from './helpers-story.js'

describe('claims group on what they state, not on who they name', () => {
  const articles = {
    'a.txt': 'Pavel Marek of Riverton told reporters the harbour crane collapsed overnight.',
    'b.txt': 'Pavel Marek of Riverton told reporters he would stand for the council seat.',
    'c.txt': 'The harbour crane at Riverton collapsed overnight, Pavel Marek said.'
  }

  test('two sentences that share only a name and a frame ("X told reporters") state two facts', () => {
    const result = story(articles)
    for (const group of result.claimGroups) {
      const files = group.members.map((m) => m.file)
      expect(files.includes('b.txt') && files.length > 1).toBe(false)
    }
  })

  test('a shared predicate still aligns them ("the crane collapsed")', () => {
    const result = story(articles)
    const group = result.claimGroups.find((g) => g.members.some((m) => m.file === 'a.txt'))
    expect(group?.members.map((m) => m.file).sort()).toEqual(['a.txt', 'c.txt'])
  })
})

describe('an aside inside a longer clause is a fact of its own', () => {
  const articles = {
    'a.txt': 'The port board thanked its long-serving treasurer, Sara Lund, who resigned on Monday after nine years in the post.',
    'b.txt': 'Sara Lund resigned on Monday after nine years in the post.'
  }

  test('the member is the relative clause that states the aligned fact, with its sentence beside it', () => {
    const result = story(articles)
    const sources = texts(articles)
    const group = result.claimGroups.find((g) => g.members.some((m) => m.file === 'b.txt'))
    const member = group?.members.find((m) => m.file === 'a.txt')
    expect(member?.sentence).toBeDefined()
    expect(member!.text.startsWith('who resigned')).toBe(true)
    expect(sources['a.txt']!.slice(member!.start, member!.end)).toBe(member!.text)
    expect(sources['a.txt']!.slice(member!.sentence!.start, member!.sentence!.end)).toContain('thanked')
  })
})
