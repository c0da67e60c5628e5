import {describe, expect, test} from 'vitest'
import {memberGroupedWith} from './helpers-story.js'

describe('a member that lists several topics is narrowed to the one its group shares', () => {
  const articles = {
    'a.txt': 'The inspectors asked about the closing of the Varik grain depot, the budget of the Marle fire brigade and the repair of a harbour crane at Marle.',
    'b.txt': 'Inspectors have questions about the Varik grain depot closing, officials in Riverton said on Monday.',
    'c.txt': 'A choir from Riverton sang at the spring fair on Saturday.'
  }

  test('the group of the depot shows the depot item, with its whole sentence beside it', () => {
    const member = memberGroupedWith(articles, 'a.txt', 'b.txt')
    expect(member).toBeDefined()
    expect(member!.text).toContain('depot')
    expect(member!.text).not.toContain('crane')
    expect(member!.sentence).toContain('crane')
  })
})
