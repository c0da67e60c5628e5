import {describe, expect, test} from 'vitest'
import {story, texts} from './helpers-story.js'

describe('claim group members narrowed to the proposition that states the fact', () => {
  const articles = {
    'a.txt': 'The Riverton council approved a new bridge over the Malden river on Tuesday, and Mayor Dana Okafor promised lower bus fares for students.',
    'b.txt': 'Council members in Riverton approved a new bridge over the Malden river this week after a long debate.',
    'c.txt': 'A bakery in Ghent won a national prize for its rye bread on Friday.'
  }

  test('a member from a sentence of two facts is the clause its group aligned, with its whole sentence beside it', () => {
    const result = story(articles)
    const sources = texts(articles)
    const text = sources['a.txt']!
    for (const group of result.claimGroups) {
      for (const member of group.members) {
        const source = sources[member.file]!
        expect(source.slice(member.start, member.end)).toBe(member.text)
        if (member.sentence) {
          expect(member.start).toBeGreaterThanOrEqual(member.sentence.start)
          expect(member.end).toBeLessThanOrEqual(member.sentence.end)
        }
      }
    }
    const bridge = result.claimGroups.find((group) => group.members.some((m) => m.file === 'b.txt'))
    const member = bridge?.members.find((m) => m.file === 'a.txt')
    expect(member).toBeDefined()
    if (member?.sentence) {
      expect(member.text).toContain('bridge')
      expect(member.text).not.toContain('fares')
      expect(text.slice(member.sentence.start, member.sentence.end)).toContain('fares')
    }
  })

  test('a member whose aligned proposition is all of its sentence (the clause around an aside) stays the whole sentence', () => {
    const pier = {
      'a.txt': 'Harbour master Lio Brant, who has run the Quellport docks since 2009, closed the east pier on Tuesday after a storm.',
      'b.txt': 'The east pier at Quellport was closed on Tuesday by harbour master Lio Brant after a storm.'
    }
    const group = story(pier).claimGroups.find((g) => g.members.some((m) => m.file === 'a.txt') && g.members.some((m) => m.file === 'b.txt'))
    const member = group?.members.find((m) => m.file === 'a.txt')
    expect(member?.text).toBe(pier['a.txt'])
    expect(member?.sentence).toBeUndefined()
  })

  test('the story claims and conflicts keep whole sentences', () => {
    const result = story(articles)
    for (const claim of result.claims) expect(claim.sentence).toBeUndefined()
  })
})
