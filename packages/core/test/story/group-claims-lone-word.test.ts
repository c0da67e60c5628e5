import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const grouped = (files: Record<string, string>) => story(files).claimGroups.filter((g) => new Set(g.members.map((m) => m.file)).size > 1)

describe('claim groups: one shared word is no shared fact', () => {
  test('two sentences about no common entity sharing a lone word stay apart', () => {
    const groups = grouped({
      'a.txt': 'The harbour board of Quillan raised mooring fees on Monday. Plainly she is not comfortable with it.',
      'b.txt': 'Mooring fees at Quillan went up on Monday after a board vote. They plainly have to fix that.'
    })
    expect(groups.some((g) => g.members.some((m) => m.text.startsWith('Plainly')))).toBe(false)
  })

  test('one fact told with two shared words is still grouped', () => {
    const groups = grouped({
      'a.txt': 'The ferry crews walked out at dawn, union leaders said.',
      'b.txt': 'At dawn the ferry crews walked out over unpaid overtime.'
    })
    expect(groups).toHaveLength(1)
  })

  test('one short sentence in two outlets is still grouped', () => {
    const groups = grouped({
      'a.txt': 'She was the organiser.',
      'b.txt': 'She was the organiser.”'
    })
    expect(groups).toHaveLength(1)
  })
})
