import {describe, expect, test} from 'vitest'
import {memberGroupedWith} from './helpers-story.js'

describe('an aside that opens a list with a colon keeps the list when its member is narrowed', () => {
  test('the group of the towns shows the aside with its list, not the clause on when the line began', () => {
    const member = memberGroupedWith({
      'a.txt': 'The Harbour Gazette wrote on Monday about a ferry line begun in 2011 called Bluewake, which stops at four island towns: Tessel, Orrin, Vasko and Lumen.',
      'b.txt': 'Bluewake ferries serve the island towns of Tessel, Orrin, Vasko and Lumen.',
      'c.txt': 'A choir from Riverton sang at the spring fair on Saturday.'
    }, 'a.txt', 'b.txt')
    expect(member?.text).toBe('which stops at four island towns: Tessel, Orrin, Vasko and Lumen')
    expect(member!.sentence).toContain('2011')
  })
})
