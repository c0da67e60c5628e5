import {describe, expect, test} from 'vitest'
import {polarityOf} from '../../src/lib/story/polarity.js'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The old Tarrow bridge in Riverton was closed in March after engineers found cracks in its piers.'

describe('near-miss figures across claim groups', () => {
  test('one sum given as $4.2 million, $4.5 million and $4 million is one number conflict with every outlet', () => {
    const files = {
      'a.txt': 'Mayor Dana Okafor of Riverton wants $4.2 million for the new bridge, her office said on Monday.' + shared,
      'b.txt': 'In a tense council session, Okafor insisted that the county approve $4.5 million before the spring floods.' + shared,
      'c.txt': 'Dana Okafor has said that $4 million is the least she will accept, while her rivals on the council favour repairs.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'number' && c.members.length === 3)
    expect(conflict).toBeDefined()
    expect(new Set(conflict!.members.map((m) => m.file))).toEqual(new Set(['a.txt', 'b.txt', 'c.txt']))
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expectValidSpans(result, texts(files))
  })

  test('figures far apart, or that can both hold, are no conflict', () => {
    const far = story({
      'a.txt': 'Mayor Dana Okafor of Riverton wants $4.2 million for the new bridge, her office said on Monday.' + shared,
      'b.txt': 'Okafor offered the county $1.5 million for the old ferry landing in a session on Monday.' + shared
    })
    // (Across groups: a claim group's own pairs are compared slot by slot elsewhere.)
    expect(far.conflicts.filter((c) => c.kind === 'number' && c.group === null)).toHaveLength(0)
    const bounded = story({
      'a.txt': 'Mayor Dana Okafor of Riverton wants more than $4 million for the new bridge, her office said.' + shared,
      'b.txt': 'In a tense council session, Okafor insisted that the county approve $4.5 million for the bridge.' + shared
    })
    expect(bounded.conflicts.filter((c) => c.kind === 'number' && c.group === null)).toHaveLength(0)
  })
})

describe('contradictions', () => {
  test('"never felt pressured" against "never wrote that she felt pressured"', () => {
    const files = {
      'a.txt': 'The letters, written by Judge Mara Velt about her meetings with the governor, prove that Velt never felt pressured, aides said.',
      'b.txt': '"Judge Velt never wrote that she felt pressured or threatened," read a statement from the aides of the governor.'
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'contradiction')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(conflict!.reason.length).toBeGreaterThan(0)
    expectValidSpans(result, texts(files))
  })

  test('a claim one outlet carries and another says is wrong', () => {
    const result = story({
      'a.txt': '"No cuts to the harbour fund," Governor Lien Torvik said in a post on Sunday.',
      'b.txt': 'Governor Lien Torvik said on Sunday that the audit was unfair, and he falsely claimed that there were no cuts to the harbour fund.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(1)
  })

  test('two outlets that negate alike, or a phrase about nobody named in both, raise none', () => {
    const alike = story({
      'a.txt': 'Judge Mara Velt never felt pressured by the governor, her aides said on Monday.',
      'b.txt': 'Her aides said Judge Mara Velt never felt pressured during the meetings with the governor.'
    })
    expect(alike.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(0)
    const unnamed = story({
      'a.txt': 'Many voters never felt pressured at the polls in the spring, organisers said.',
      'b.txt': 'Some residents felt pressured at the polls in the spring, organisers said.'
    })
    expect(unnamed.conflicts.filter((c) => c.kind === 'contradiction')).toHaveLength(0)
  })
})

describe('polarity of a sentence', () => {
  const of = (text: string, word: string) => polarityOf(text).find((w) => w.word === word)?.polarity
  test('negation, double negation by prefix, a negated report, a denial and a correction', () => {
    expect(of('The plan has not been disclosed publicly.', 'disclosed')).toBe('negated')
    expect(of('It was not an undisclosed plan.', 'disclosed')).toBe('stated')
    expect(of('She never wrote that she felt pressured.', 'felt')).toBe('unstated')
    expect(of('The firms denied they give the agency a "side door" to their files.', 'door')).toBe('negated')
    expect(of('He falsely said there were no cuts.', 'cuts')).toBe('stated')
  })
  test('an open question and a claim given to others hold nothing', () => {
    expect(of('It is unclear whether she felt pressured.', 'felt')).toBeUndefined()
    expect(of('They pushed back on claims by critics that they were not aware of the plan.', 'aware')).toBeUndefined()
  })
})

describe('role of an unnamed source', () => {
  test('"an unnamed official" against "a person outside the council" for one hand-over', () => {
    const files = {
      'a.txt': 'The draft was supplied to the Harbor Ledger by an unnamed official distinct from the council staff.' + shared,
      'b.txt': 'That draft was provided to the Harbor Ledger by a person outside the council staff.' + shared,
      'c.txt': 'The Harbor Ledger said it obtained the draft from someone outside the council staff.' + shared
    }
    const result = story(files)
    const roles = result.conflicts.filter((c) => c.kind === 'role')
    expect(roles).toHaveLength(1)
    expect(new Set(roles[0]!.members.map((m) => m.file))).toEqual(new Set(['a.txt', 'b.txt', 'c.txt']))
    expectValidSpans(result, texts(files))
  })

  test('sources described alike raise none', () => {
    const result = story({
      'a.txt': 'The draft was provided to the Harbor Ledger by a person outside the council staff.' + shared,
      'b.txt': 'The Harbor Ledger said it obtained the draft from someone outside the council staff.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'role')).toHaveLength(0)
  })
})
