import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

/** Each case: short articles written for it, and how many claim groups of two outlets they must give. */
const cases: Array<{name: string, files: Record<string, string>, groups: number}> = [
  {
    name: 'two candidates placed second in one town share a name and frequent words, not a fact',
    files: {
      'a.txt': 'Ondine Pellow said little about finishing second in Tarrowby on Sunday. She spoke about ferry fares.',
      'b.txt': 'Abel Crusk had hoped that finishing second in Tarrowby would lift him. He spoke to dock workers.'
    },
    groups: 0
  },
  {
    name: 'a fundraising letter and a look at the next contests share a name and "look ahead", not a fact',
    files: {
      'a.txt': 'The Pellow campaign mailed donors an appeal that foretold a weak result and looked ahead.',
      'b.txt': 'Pellow looks ahead to contests with more delegates at stake.'
    },
    groups: 0
  },
  {
    name: 'a candidate\'s title and name shared by two sentences about two meetings show no fact',
    files: {
      'a.txt': 'Republican presidential candidate Marisol Fenwick met the Quell Valley growers on Thursday.',
      'b.txt': 'Republican presidential candidate Marisol Fenwick holds such town halls often.'
    },
    groups: 0
  },
  {
    name: 'one resignation worded two ways is grouped',
    files: {
      'a.txt': 'Ondine Pellow resigned as harbour commissioner of Tarrowby on Friday, her office said.',
      'b.txt': 'The harbour commissioner of Tarrowby, Ondine Pellow, stepped down on Friday.'
    },
    groups: 1
  },
  {
    name: 'two outlets that carry one quote in words of their own state one fact, however plain its words',
    files: {
      'a.txt': 'When the hearing closed Abel Crusk told the board, "All of us will carry on."',
      'b.txt': 'Crusk ended with a plea to members: "All of us will carry on."'
    },
    groups: 1
  }
]

describe('claim groups: what two sentences share must show one fact', () => {
  test.each(cases)('$name', ({files, groups}) => {
    const shared = story(files).claimGroups.filter((group) => new Set(group.members.map((member) => member.file)).size > 1)
    expect(shared).toHaveLength(groups)
  })
})
