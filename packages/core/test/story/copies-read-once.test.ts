import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

// The stance and event finders read a sentence's words once per sentence text: an outlet
// that carries another's sentence word for word (syndicated copy) still stands in the
// conflict as itself, with its own offsets.
describe('copies of one sentence in several outlets', () => {
  test('a stance conflict names every outlet that states the copied sentence', () => {
    const files = {
      'a.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract.',
      'b.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract.',
      'c.txt': 'Councillor Ben Avery allegedly asked the auditor to drop the inquiry into the harbour contract.'
    }
    const result = story(files)
    const stance = result.conflicts.filter((c) => c.kind === 'stance')
    expect(stance.length).toBeGreaterThan(0)
    expect(new Set(stance.flatMap((c) => c.members.map((m) => m.file)))).toEqual(new Set(['a.txt', 'b.txt', 'c.txt']))
    expectValidSpans(result, texts(files))
  })

  test('the same sentence compared again, with other outlets, gives conflicts of its own outlets only', () => {
    const first = story({
      'a.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract.',
      'c.txt': 'Councillor Ben Avery allegedly asked the auditor to drop the inquiry into the harbour contract.'
    })
    const other = story({
      'x.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract.',
      'y.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract.'
    })
    expect(other.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
    expect(first.conflicts.filter((c) => c.kind === 'stance').flatMap((c) => c.members.map((m) => m.file)).sort()).toEqual(['a.txt', 'c.txt'])
  })
})
