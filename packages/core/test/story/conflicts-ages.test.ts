import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

const ages = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.summary.startsWith('age of'))

describe('one person given different ages', () => {
  test('"Dana Okafor, 54," against "Okafor, 56,": one number conflict on the person', () => {
    const files = {
      'a.txt': 'Mayor Dana Okafor, 54, said the bridge would stay closed.' + shared,
      'b.txt': 'Dana Okafor, 56, the mayor, said the bridge would stay shut until May.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.summary.startsWith('age of'))
    expect(conflict).toBeDefined()
    expect(conflict!.kind).toBe('number')
    expect(conflict!.summary).toBe('age of Dana Okafor: 54 vs 56')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['54', '56'])
    expectValidSpans(result, texts(files))
  })

  test('the other conventions: "54-year-old Dana Okafor", "Okafor (56)", "aged 56"', () => {
    expect(ages({
      'a.txt': 'The 54-year-old Dana Okafor said the bridge would stay closed.' + shared,
      'b.txt': 'Dana Okafor (56) said the bridge would stay shut until May.' + shared
    })).toHaveLength(1)
    expect(ages({
      'a.txt': 'Dana Okafor, aged 56, said the bridge would stay closed.' + shared,
      'b.txt': 'Mayor Dana Okafor, 53, said the bridge would stay shut until May.' + shared
    })).toHaveLength(1)
  })

  test('one year apart is raised with less confidence (a birthday may fall between the articles)', () => {
    const [near] = ages({
      'a.txt': 'Mayor Dana Okafor, 54, said the bridge would stay closed.' + shared,
      'b.txt': 'Dana Okafor, 55, said the bridge would stay shut until May.' + shared
    })
    expect(near).toBeDefined()
    expect(near!.confidence).toBeLessThan(0.65)
    expect(near!.confidence).toBeGreaterThanOrEqual(0.5)
  })

  test('the same age, two people, a date or a distance raise none', () => {
    expect(ages({
      'a.txt': 'Mayor Dana Okafor, 54, said the bridge would stay closed.' + shared,
      'b.txt': 'Dana Okafor, 54, said the bridge would stay shut until May.' + shared
    })).toHaveLength(0)
    expect(ages({
      'a.txt': 'Mayor Dana Okafor, 54, said the bridge would stay closed.' + shared,
      'b.txt': 'Her deputy, Tomas Vale, 61, said the bridge would stay shut until May.' + shared
    })).toHaveLength(0)
    expect(ages({
      'a.txt': 'The bridge closed on May 5, 2024, Mayor Dana Okafor said.' + shared,
      'b.txt': 'The bridge in Riverton, 12 miles away, closed on May 6, Mayor Dana Okafor said.' + shared
    })).toHaveLength(0)
  })

  test('an outlet that gives one person two ages is left out', () => {
    expect(ages({
      'a.txt': 'Mayor Dana Okafor, 54, said the bridge would stay closed. Okafor, 55, has led the town since 2019.' + shared,
      'b.txt': 'Dana Okafor, 58, said the bridge would stay shut until May.' + shared
    })).toHaveLength(0)
  })
})
