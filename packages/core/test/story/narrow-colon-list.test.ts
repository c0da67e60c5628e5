import {describe, expect, test} from 'vitest'
import {story, texts} from './helpers-story.js'

describe('an aside that opens a list with a colon keeps the list when its member is narrowed', () => {
  const articles = {
    'a.txt': 'The Harbour Gazette wrote on Monday about a ferry line begun in 2011 called Bluewake, which stops at four island towns: Tessel, Orrin, Vasko and Lumen.',
    'b.txt': 'Bluewake ferries serve the island towns of Tessel, Orrin, Vasko and Lumen.',
    'c.txt': 'A choir from Riverton sang at the spring fair on Saturday.'
  }

  test('the group of the towns shows the aside with its list, not the clause on when the line began', () => {
    const result = story(articles)
    const sources = texts(articles)
    const group = result.claimGroups.find((g) => g.members.some((m) => m.file === 'a.txt') && g.members.some((m) => m.file === 'b.txt'))
    expect(group).toBeDefined()
    const member = group!.members.find((m) => m.file === 'a.txt')!
    expect(sources['a.txt']!.slice(member.start, member.end)).toBe(member.text)
    expect(member.text).toBe('which stops at four island towns: Tessel, Orrin, Vasko and Lumen')
    expect(member.text).not.toContain('2011')
    expect(member.sentence).toBeDefined()
  })
})
