import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The Riverton harbour board released the inspection files to the city council on Tuesday.'

describe('an open question answered in other words by another outlet', () => {
  test('"questions about whether … regular" against "irregular", given to a source', () => {
    const files = {
      'a.txt': 'Council members still have questions about whether the harbour tender Dana Okafor approved was regular.' + shared,
      'b.txt': 'A city lawyer wrote on Monday that the harbour tender Dana Okafor approved was "irregular."' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'stance' && /answer/.test(c.reason))
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(conflict!.members.find((m) => m.file === 'b.txt')!.value).toBe('irregular')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('"unclear whether … legal" against "illegal": one conflict, not one per finder', () => {
    const result = story({
      'a.txt': 'It is unclear whether the payments Coach Ilse Varga made to the Lindale players were legal.' + shared,
      'b.txt': 'The league found the payments Coach Ilse Varga made to the Lindale players illegal.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(1)
  })

  test('the opposite word about someone else, or a question that is an inquiry, raises none', () => {
    const other = story({
      'a.txt': 'It is unclear whether the payments Coach Ilse Varga made to the Lindale players were legal.' + shared,
      'b.txt': 'The league found the payments Mayor Dana Okafor made to the harbour crews illegal.' + shared
    })
    expect(other.conflicts.filter((c) => /answer/.test(c.reason))).toHaveLength(0)
    const inquiry = story({
      'a.txt': 'Auditors are investigating whether the payments Coach Ilse Varga made to the Lindale players were legal.' + shared,
      'b.txt': 'The league found the payments Coach Ilse Varga made to the Lindale players illegal.' + shared
    })
    expect(inquiry.conflicts.filter((c) => /answer/.test(c.reason))).toHaveLength(0)
  })

  test('a participle takes no "in-" or "dis-": "whether … covered" is not answered by "discovered"', () => {
    const result = story({
      'a.txt': 'It is unclear whether the harbour losses Dana Okafor reported were covered by the city insurer.' + shared,
      'b.txt': 'Auditors discovered the harbour losses Dana Okafor reported in a second ledger.' + shared
    })
    expect(result.conflicts.filter((c) => /answer/.test(c.reason))).toHaveLength(0)
  })

  test('a noun with a prefix is no answer ("information" / "disinformation")', () => {
    const result = story({
      'a.txt': 'It is unclear whether Dana Okafor shared information with the harbour contractor.' + shared,
      'b.txt': 'Dana Okafor spread disinformation about the harbour contractor, the council said.' + shared
    })
    expect(result.conflicts.filter((c) => /answer/.test(c.reason))).toHaveLength(0)
  })
})
