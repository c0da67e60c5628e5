import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

describe('one description that fits one referent, given to two names', () => {
  test('"the largest supplier of steel is X" against "… is Y"', () => {
    const files = {
      'a.txt': 'The largest supplier of steel for the Tarrow bridge is Velmont Works, the council of Riverton said.' + shared,
      'b.txt': 'The largest supplier of steel for the Tarrow bridge is Harrow Foundry, according to the council of Riverton.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'contradiction')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['Harrow Foundry', 'Velmont Works'])
    expect(conflict!.summary).toMatch(/^the largest supplier of steel/)
    expectValidSpans(result, texts(files))
  })

  test('either way round: "X is the largest steel supplier" against "the largest steel supplier is Y"', () => {
    const result = story({
      'a.txt': 'Velmont Works is the largest steel supplier in Riverton, the council said.' + shared,
      'b.txt': 'The largest steel supplier in Riverton is Harrow Foundry, according to the council.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(1)
  })

  test('a short form of one name, another description, or a pronoun raise none', () => {
    const short = story({
      'a.txt': 'Velmont Works is the largest steel supplier in Riverton, the council said.' + shared,
      'b.txt': 'The largest steel supplier in Riverton is Velmont, according to the council.' + shared
    })
    expect(short.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(0)
    const other = story({
      'a.txt': 'The largest supplier of steel in Riverton is Velmont Works, the council said.' + shared,
      'b.txt': 'The largest supplier of concrete in Riverton is Harrow Foundry, the council said.' + shared
    })
    expect(other.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(0)
    const pronoun = story({
      'a.txt': 'It is the first time the council of Riverton has closed the Tarrow bridge.' + shared,
      'b.txt': 'This was the first time the council of Riverton closed a bridge in winter.' + shared
    })
    expect(pronoun.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(0)
  })
})
