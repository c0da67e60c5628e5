import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('margins: "by N points" counts what its verb says', () => {
  test('a survey lead and a victory margin: two counted things', () => {
    const result = story({
      'a.txt': 'A survey average shows Mara Velbik leads Oskar Tamlin by about 9 points in the province of Dunmore.',
      'b.txt': 'Mara Velbik defeated Oskar Tamlin by 15 points in the Dunmore primary last spring.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'number')).toHaveLength(0)
  })

  test('one margin given two values is still a conflict', () => {
    const result = story({
      'a.txt': 'Mara Velbik defeated Oskar Tamlin by 9 points in the Dunmore primary on Tuesday.',
      'b.txt': 'Mara Velbik defeated Oskar Tamlin by 15 points in the Dunmore primary on Tuesday.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1)
  })
})
