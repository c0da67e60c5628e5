import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

const admissions = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.kind === 'contradiction' && / vs /.test(c.summary) && /admit|confirm|acknowledg|deni|deny/i.test(c.summary))

describe('one person said to admit what another outlet says the person denied', () => {
  test('"Okafor admitted taking money" against "Okafor denied taking money"', () => {
    const files = {
      'a.txt': 'Council leader Dana Okafor admitted taking money from the developer of the Tarrow bridge.' + shared,
      'b.txt': 'Council leader Dana Okafor denied taking money from the developer of the Tarrow bridge.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'contradiction')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['admitted', 'denied'])
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('"confirmed" against "denies", a sentence opening with the name', () => {
    expect(admissions({
      'a.txt': 'Okafor confirmed the payment from the developer of the Tarrow bridge on Monday.' + shared,
      'b.txt': 'Okafor denies the payment from the developer of the Tarrow bridge, her office said.' + shared
    })).toHaveLength(1)
  })

  test('the same answer, a negated verb, two people or two things raise none', () => {
    expect(admissions({
      'a.txt': 'Council leader Dana Okafor denied taking money from the developer of the Tarrow bridge.' + shared,
      'b.txt': 'Dana Okafor denies taking money from the developer of the Tarrow bridge.' + shared
    })).toHaveLength(0)
    expect(admissions({
      'a.txt': 'Council leader Dana Okafor admitted taking money from the developer of the Tarrow bridge.' + shared,
      'b.txt': 'Council leader Dana Okafor did not deny taking money from the developer of the Tarrow bridge.' + shared
    })).toHaveLength(0)
    expect(admissions({
      'a.txt': 'Council leader Dana Okafor admitted taking money from the developer of the Tarrow bridge.' + shared,
      'b.txt': 'Her deputy Tomas Vale denied taking money from the developer of the Tarrow bridge.' + shared
    })).toHaveLength(0)
    expect(admissions({
      'a.txt': 'Council leader Dana Okafor admitted meeting the developer of the Tarrow bridge.' + shared,
      'b.txt': 'Council leader Dana Okafor denied taking money from the developer of the Tarrow bridge.' + shared
    })).toHaveLength(0)
  })
})
