import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

const times = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.summary.startsWith('time:'))

describe('one fact put at different times of day', () => {
  test('"began at 3 p.m." against "started at 5 p.m.": a date conflict on the time', () => {
    const files = {
      'a.txt': 'The protest against the closure began at 3 p.m. outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure started at 5 p.m. outside the town hall of Riverton.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.summary.startsWith('time:'))
    expect(conflict).toBeDefined()
    expect(conflict!.kind).toBe('date')
    expect(conflict!.summary).toBe('time: 3 p.m. vs 5 p.m.')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('noon against 2 pm, with other spellings', () => {
    expect(times({
      'a.txt': 'The protest against the closure began at noon outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure started at 2 PM outside the town hall of Riverton.' + shared
    })).toHaveLength(1)
  })

  test('the same time, an approximate time close by, a bound or a range raise none', () => {
    expect(times({
      'a.txt': 'The protest against the closure began at 3 p.m. outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure started at 3:00 pm outside the town hall of Riverton.' + shared
    })).toHaveLength(0)
    expect(times({
      'a.txt': 'The protest against the closure began at 3 p.m. outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure started at about 3:20 p.m. outside the town hall of Riverton.' + shared
    })).toHaveLength(0)
    expect(times({
      'a.txt': 'The protest against the closure began at 3 p.m. outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure went on until 5 p.m. outside the town hall of Riverton.' + shared
    })).toHaveLength(0)
    expect(times({
      'a.txt': 'The protest against the closure began at 3 p.m. outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure ran from 1 p.m. to 5 p.m. outside the town hall of Riverton.' + shared
    })).toHaveLength(0)
  })

  test('times in different zones are not compared', () => {
    expect(times({
      'a.txt': 'The protest against the closure began at 3 p.m. GMT outside the town hall of Riverton.' + shared,
      'b.txt': 'The protest against the closure started at 5 p.m. local time outside the town hall of Riverton.' + shared
    })).toHaveLength(0)
  })
})
