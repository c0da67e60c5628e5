import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('naming: a chamber is no short form of a name it ends', () => {
  test('"the House" is not the White House', () => {
    const result = story({
      'a.txt': 'The White House sent the levee bill to Congress on Monday. The House will debate it next week, aides to Speaker Odile Marsh said.',
      'b.txt': 'A levee bill from the White House reached Congress on Monday, and the House takes it up next week.'
    })
    const entry = result.naming.find((e) => e.variants.some((v) => v.form === 'White House'))
    expect(entry?.variants.map((v) => v.form) ?? []).not.toContain('House')
  })
})
