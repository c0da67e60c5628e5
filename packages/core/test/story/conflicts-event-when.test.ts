import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

const dates = (files: Record<string, string>) => story(files, '2025-03-07').conflicts.filter((c) => c.kind === 'date')

describe('a date before "when" dates the event the when-clause names', () => {
  test('"killed on Tuesday when an explosion tore through" against "a blast … on Monday"', () => {
    const files = {
      'a.txt': 'Four workers were killed on Tuesday when an explosion tore through the Velmont paint factory in Riverton.',
      'b.txt': 'Four workers died after a blast ripped through the Velmont paint factory in Riverton on Monday.'
    }
    const result = story(files, '2025-03-07')
    const conflict = result.conflicts.find((c) => c.kind === 'date')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['2025-03-03', '2025-03-04'])
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('the same day either way raises none', () => {
    expect(dates({
      'a.txt': 'Four workers were killed on Tuesday when an explosion tore through the Velmont paint factory in Riverton.',
      'b.txt': 'Four workers died after a blast ripped through the Velmont paint factory in Riverton on Tuesday.'
    })).toHaveLength(0)
  })

  test('an event far into the when-clause is not dated by it', () => {
    expect(dates({
      'a.txt': 'The mayor spoke on Tuesday when reporters at the town hall in Riverton asked about the explosion at the Velmont paint factory.',
      'b.txt': 'Four workers died after a blast ripped through the Velmont paint factory in Riverton on Monday.'
    })).toHaveLength(0)
  })
})
