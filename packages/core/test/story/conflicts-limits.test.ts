import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

describe('one limit with its value included by one outlet and excluded by another', () => {
  test('"drivers over 18" against "drivers 18 or older" is a number conflict', () => {
    const files = {
      'a.txt': 'Under the new rule in Riverton, only drivers over 18 may cross the Tarrow bridge after dark, Mayor Dana Okafor said.' + shared,
      'b.txt': 'Under the new rule in Riverton, drivers 18 or older may cross the Tarrow bridge after dark, Mayor Dana Okafor said.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'number')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['at least 18', 'more than 18'])
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('rough counts ("more than 200" / "at least 200"), or one limit worded alike, raise none', () => {
    const rough = story({
      'a.txt': 'More than 200 residents of Riverton signed the petition against the toll on the Tarrow bridge, Mayor Dana Okafor said.' + shared,
      'b.txt': 'At least 200 residents of Riverton signed the petition against the toll on the Tarrow bridge, Mayor Dana Okafor said.' + shared
    })
    expect(rough.conflicts.filter((c) => c.kind === 'number')).toHaveLength(0)
    const alike = story({
      'a.txt': 'Under the new rule in Riverton, only drivers 18 or older may cross the Tarrow bridge after dark, Mayor Dana Okafor said.' + shared,
      'b.txt': 'Under the new rule in Riverton, drivers aged 18 and over may cross the Tarrow bridge after dark, Mayor Dana Okafor said.' + shared
    })
    expect(alike.conflicts.filter((c) => c.kind === 'number')).toHaveLength(0)
  })
})
