import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'
import {formsOf} from './helpers-naming.js'

/** Every form the story's naming lists. */
const listedForms = (texts: Record<string, string>): string[] => storyOfTexts(texts).naming.flatMap(formsOf)

describe('naming: the place in capitals opening a dateline is the wire\'s style, not a spelling', () => {
  test('"BRELLO, Ore. -" gives no case variant of Brello', () => {
    expect(listedForms({
      'a.txt': 'Ferry Halted\n\nBRELLO, Ore. - Sen. Ilse Brandqvist won the vote in Brello on Friday, and her aides said the ferry in Brello would run.\n\nBrandqvist said the pier in Brello would wait for spring.',
      'b.txt': 'Ferry Stops\n\nThe ferry in Brello stopped on Friday. Ilse Brandqvist said boats in Brello would wait.\n\nBrello has no other pier, Brandqvist said.'
    })).not.toContain('BRELLO')
  })

  test('a name in capitals among more capitals ("ILSE BRANDQVIST IS FEELING THE HEAT As …") is the run\'s style too', () => {
    expect(listedForms({
      'a.txt': 'Evening Notes: Pier Vote.\n\nTOP STORIES.\n\nILSE BRANDQVIST IS FEELING THE HEAT As the pier vote nears, Ilse Brandqvist said the harbour board is in “serious trouble.” [Ledger.]',
      'b.txt': 'Pier Vote\n\nThe pier vote is near. Ilse Brandqvist said boats would wait, and Brandqvist left.'
    })).not.toContain('ILSE BRANDQVIST')
  })
})
