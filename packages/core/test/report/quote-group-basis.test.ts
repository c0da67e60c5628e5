import {describe, expect, test} from 'vitest'
import {groupCarriers, quoteGroupBasis} from '../../src/index.js'
import type {QuoteGroup, QuoteGroupMember} from '../../src/lib/story/types.js'

function member(file: string, verdict: QuoteGroupMember['verdict'], speaker: string | null): QuoteGroupMember {
  return {file, text: 'the ferry will run all winter', start: 0, end: 29, quote: 0, verdict, similarity: 1, diff: [], changes: [], speaker} as unknown as QuoteGroupMember
}

function group(members: QuoteGroupMember[], overridden: number[]): QuoteGroup {
  return {id: 'q1', speaker: 'Lena Marsh', entity: null, overridden, files: [...new Set(members.map((one) => one.file))], fullest: 0, members, diff: []}
}

describe('what a quote group rests on, for a reviewer', () => {
  test('counts outlets, the renderings that name another speaker, and each verdict against the fullest', () => {
    const basis = quoteGroupBasis(group([member('a.txt', 'identical', 'Lena Marsh'), member('b.txt', 'identical', 'Marsh'), member('c.txt', 'altered', 'Tom Reyes')], [2]))
    expect(basis).toBe('3 outlets; 1 of 3 renderings names another speaker. Against the fullest rendering: 1 identical, 1 altered.')
  })

  test('an outlet repeating its own quote counts once; with no override the speaker is not qualified', () => {
    const single = group([member('a.txt', 'identical', 'Lena Marsh'), member('a.txt', 'excerpt', 'Lena Marsh')], [])
    expect(groupCarriers(single)).toBe('1 outlet')
    expect(quoteGroupBasis(single)).toBe('1 outlet. Against the fullest rendering: 1 excerpt.')
  })
})
