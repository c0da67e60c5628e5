import {describe, expect, test} from 'vitest'
import {polarityOf} from '../../src/lib/story/polarity.js'
import {story} from './helpers-story.js'

const contradictions = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.kind === 'contradiction')

describe('a condition is not held, so it contradicts nothing', () => {
  test('"if it seems ready" against "does not seem ready" raises nothing', () => {
    expect(contradictions({
      'a.txt': 'Ferry captain Ines Marrow of Quillport said the council will fund the new dock if it seems ready for winter storms.',
      'b.txt': 'Ferry captain Ines Marrow of Quillport said the new dock does not seem ready for the winter storms.'
    })).toHaveLength(0)
  })

  test('the same words held outright still contradict', () => {
    expect(contradictions({
      'a.txt': 'Ferry captain Ines Marrow of Quillport said the new dock seems ready for the winter storms already.',
      'b.txt': 'Ferry captain Ines Marrow of Quillport said the new dock does not seem ready for the winter storms.'
    })).toHaveLength(1)
  })

  test('words after "if" are held neither way', () => {
    expect(polarityOf('The council will pay if the dock seems ready.').some((w) => w.word === 'seems')).toBe(false)
  })
})
