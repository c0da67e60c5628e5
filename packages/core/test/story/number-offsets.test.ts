import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const numbers = (files: Record<string, string>) => story(files).conflicts.filter((conflict) => conflict.kind === 'number')

describe('spans of time measured from an event', () => {
  test('a span after one event and a span before another are no number conflict', () => {
    expect(numbers({
      'a.txt': 'Two months later, Mayor Ines Dalby of Dunmere opened the ferry terminal on the harbor front.',
      'b.txt': 'Mayor Ines Dalby of Dunmere opened the ferry terminal on the harbor front more than two months before the levy vote.'
    })).toEqual([])
  })

  test('two spans after one event that cannot both hold still conflict', () => {
    const found = numbers({
      'a.txt': 'Mayor Ines Dalby of Dunmere opened the ferry terminal on the harbor front two days after the storm.',
      'b.txt': 'Mayor Ines Dalby of Dunmere opened the ferry terminal on the harbor front five days after the storm.'
    })
    expect(found.map((conflict) => conflict.summary)).toEqual(['day: two days vs five days'])
  })
})
