import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'
import {formsOf} from './helpers-naming.js'

describe('naming: a family sharing a surname', () => {
  test('an office one of them holds does not move to another given name; the one without an office takes it', () => {
    const {naming} = story({
      'a.txt': 'Secretary Ysolde Pellow toured the quay with her husband, Jory Pellow, on Friday. Secretary Pellow promised a new pier, and President Pellow waved from the boat.',
      'b.txt': 'Jory Pellow and his wife, Secretary Ysolde Pellow, toured the quay on Friday. She promised a new pier.'
    })
    const ysolde = formsOf(naming.find((entry) => entry.name === 'Ysolde Pellow'))
    expect(ysolde).not.toContain('President Pellow')
    expect(ysolde).toContain('Secretary Pellow')
    expect(formsOf(naming.find((entry) => entry.name === 'Jory Pellow'))).toContain('President Pellow')
  })
})
