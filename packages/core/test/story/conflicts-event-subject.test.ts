import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

describe('an event is of the names that open its clause', () => {
  test('one resignation dated Tuesday and Wednesday, with another event word in one sentence', () => {
    const files = {
      'a.txt': 'Mayor Dana Okafor of Riverton announced her resignation on Tuesday at a short meeting with reporters.' + shared,
      'b.txt': 'Mayor Dana Okafor of Riverton announced her resignation on Wednesday in a short statement to reporters.' + shared
    }
    const result = story(files, '2025-03-06')
    const conflict = result.conflicts.find((c) => c.kind === 'date')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['2025-03-04', '2025-03-05'])
    expectValidSpans(result, texts(files))
  })

  test('two people\'s resignations on two days stay two events', () => {
    const result = story({
      'a.txt': 'Mayor Dana Okafor of Riverton announced her resignation on Tuesday at a short meeting with reporters.' + shared,
      'b.txt': 'Judge Mara Velt of Lindale announced her resignation on Wednesday in a short statement to reporters.' + shared
    }, '2025-03-06')
    expect(result.conflicts.filter((c) => c.kind === 'date')).toHaveLength(0)
  })
})
