import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

describe('an open question settled by another outlet', () => {
  test('"it is unclear whether P" against P stated in the outlet\'s own voice', () => {
    const files = {
      'a.txt': 'It is unclear whether Mayor Dana Okafor knew about the cracks in the Tarrow bridge before the council vote.' + shared,
      'b.txt': 'Mayor Dana Okafor knew about the cracks in the Tarrow bridge weeks before the council vote.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'stance')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(conflict!.members.find((m) => m.file === 'a.txt')!.value).toBe('whether')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(conflict!.reason).toMatch(/open question/)
    expectValidSpans(result, texts(files))
  })

  test('either answer settles it: "no indication whether P" against not-P', () => {
    const result = story({
      'a.txt': 'There is no indication whether Coach Ilse Varga knew about the payments to the Lindale players last season.' + shared,
      'b.txt': 'Coach Ilse Varga never knew about the payments to the Lindale players, the league said in its report.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(1)
  })

  test('an inquiry is not an open question: "investigating whether P" raises none', () => {
    const result = story({
      'a.txt': 'Auditors are investigating whether Mayor Dana Okafor knew about the cracks in the Tarrow bridge before the vote.' + shared,
      'b.txt': 'Mayor Dana Okafor knew about the cracks in the Tarrow bridge weeks before the council vote.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })

  test('a question in a source\'s quotation is a weaker conflict; a sentence that only shares words raises none', () => {
    const quoted = story({
      'a.txt': '"It is unclear whether Mayor Dana Okafor knew about the cracks in the Tarrow bridge," a council member said.' + shared,
      'b.txt': 'Mayor Dana Okafor knew about the cracks in the Tarrow bridge weeks before the council vote.' + shared
    })
    const stance = quoted.conflicts.filter((c) => c.kind === 'stance')
    expect(stance).toHaveLength(1)
    expect(stance[0]!.confidence).toBeLessThanOrEqual(0.6)
    expect(stance[0]!.reason).toMatch(/source another outlet quotes/)
    const loose = story({
      'a.txt': 'It is unclear whether Mayor Dana Okafor knew about the cracks in the Tarrow bridge before the council vote.' + shared,
      'b.txt': 'Mayor Dana Okafor said the council knew little, and the cracks in the Tarrow bridge were news to her.' + shared
    })
    expect(loose.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })
})
