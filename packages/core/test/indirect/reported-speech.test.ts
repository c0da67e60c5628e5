import {describe, expect, test} from 'vitest'
import {findQuotes, parseArticle} from '../../src/index.js'
import {intro, reported as indirectQuotes} from './helpers-indirect.js'

/** The indirect quotes of a short invented article: content and source name. */
function reported(text: string): Array<{text: string, speaker: string | null}> {
  return indirectQuotes(text).map(({text: content, speaker}) => ({text: content, speaker}))
}

describe('reported speech as clauses', () => {
  test.each([
    ['X said P', 'Okafor said the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['X said that P', 'Okafor said that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['P, X said', 'The bridge would reopen in May, Okafor said.', 'The bridge would reopen in May'],
    ['P, said X', 'The bridge would reopen in May, said Okafor.', 'The bridge would reopen in May'],
    ['according to X, P', 'According to Okafor, the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['P, according to X', 'The bridge would reopen in May, according to Okafor.', 'The bridge would reopen in May'],
    ['X told reporters (that) P', 'Okafor told reporters that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['X told reporters P', 'Okafor told reporters the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['X accused Y of P', 'Okafor accused the council of delaying the bridge repairs.', 'the council of delaying the bridge repairs'],
    ['X denied P', 'Okafor denied any role in the contract.', 'any role in the contract'],
    ['X denied that P', 'Okafor denied that the contract was rushed.', 'the contract was rushed'],
    ['X argued that P', 'Okafor argued that the toll was too high.', 'the toll was too high'],
    ['X warned that P', 'Okafor warned that the toll would rise.', 'the toll would rise'],
    ['X insisted that P', 'Okafor insisted that the repairs were on schedule.', 'the repairs were on schedule'],
    ['X claimed P', 'Okafor claimed the repairs were on schedule.', 'the repairs were on schedule'],
    ['X believes P', 'Okafor believes the repairs will end soon.', 'the repairs will end soon'],
    ['X thinks P', 'Okafor thinks the council will agree.', 'the council will agree'],
    ['X expects P', 'Okafor expects the council to approve the budget.', 'the council to approve the budget'],
    ['X hopes that P', 'Okafor hopes that the council will approve the budget.', 'the council will approve the budget'],
    ['X has said P', 'Okafor has said the budget is balanced.', 'the budget is balanced'],
    ['X announced P', 'Okafor announced a new plan for the harbor.', 'a new plan for the harbor'],
    ['X confirmed P', 'Okafor confirmed the harbor would close for a week.', 'the harbor would close for a week'],
    ['X revealed that P', 'Okafor revealed that the harbor would close for a week.', 'the harbor would close for a week'],
    ['X wants to …', 'Okafor wants to rebuild the old mill.', 'to rebuild the old mill'],
    ['X endorsed Y', 'Okafor endorsed Jonas Brekke for the council seat.', 'Jonas Brekke for the council seat'],
    ['X, who said P', 'Okafor, who said the mill would reopen, left early.', 'the mill would reopen'],
    ['X\'s claim that P', 'Okafor\'s claim that the mill was unsafe drew protests.', 'the mill was unsafe drew protests'],
    ['in a statement, X said P', 'In a statement, Okafor said the mill would reopen in June.', 'the mill would reopen in June'],
    ['X said in an interview that P', 'Okafor said in an interview on Sunday that the mill would reopen.', 'the mill would reopen'],
    ['X did A and said P', 'Okafor thanked the crowd and said the mill would reopen.', 'the mill would reopen'],
    ['X, an aside, said P', 'Okafor, then a teacher, said the school needed a new roof.', 'the school needed a new roof']
  ])('%s', (_, sentence, content) => {
    expect(reported(intro + sentence)).toContainEqual({text: content, speaker: 'Dana Okafor'})
  })

  test('a pronoun source resolves like a quote speaker', () => {
    expect(reported(intro + 'She said the bridge would reopen in May.')).toContainEqual({text: 'the bridge would reopen in May', speaker: 'Dana Okafor'})
  })

  test('a role noun or a described source is the source', () => {
    const found = reported('The council met on Monday. A spokeswoman said the vote was delayed until June.')
    expect(found).toContainEqual({text: 'the vote was delayed until June', speaker: expect.stringMatching(/spokeswoman/)})
  })
})

describe('where the content stops', () => {
  test('at a second clause with its own subject', () => {
    const found = reported(intro + 'Okafor said the mill would reopen, but the council voted against it.')
    expect(found).toContainEqual({text: 'the mill would reopen', speaker: 'Dana Okafor'})
  })

  test('at a second report by the same speaker', () => {
    const found = reported(intro + 'Okafor said the mill would reopen and predicted that jobs would return.')
    expect(found).toContainEqual({text: 'the mill would reopen', speaker: 'Dana Okafor'})
    expect(found).toContainEqual({text: 'jobs would return', speaker: 'Dana Okafor'})
  })

  test('at a participle cue', () => {
    const found = reported(intro + 'Okafor said the mill would reopen, adding that jobs would return.')
    expect(found).toContainEqual({text: 'the mill would reopen', speaker: 'Dana Okafor'})
  })

  test('a cue in the middle keeps both sides', () => {
    const found = reported(intro + 'The mill, Okafor said, would reopen in June.')
    expect(found).toContainEqual({text: 'The mill, Okafor said, would reopen in June', speaker: 'Dana Okafor'})
  })
})

describe('what is not reported speech', () => {
  test.each([
    ['a phrase of time or place only', 'Okafor said on Monday.'],
    ['a passive', 'The plan was announced by the council last week.'],
    ['a speech noun after a determiner', 'The statement from the council was short.'],
    ['a naming verb that only names', 'Okafor visited a village called Varik.']
  ])('%s', (_, sentence) => {
    expect(reported(intro + sentence)).toEqual([])
  })

  test('quoted words are a quote, not indirect speech', () => {
    const article = parseArticle(intro + 'Okafor said “the mill will reopen in June.”', {format: 'text'})
    const kinds = findQuotes(article, {indirect: true}).map((quote) => quote.kind)
    expect(kinds).not.toContain('indirect')
  })

  test('without the option there are no indirect quotes', () => {
    const article = parseArticle(intro + 'Okafor said the bridge would reopen in May.', {format: 'text'})
    expect(findQuotes(article).filter((quote) => quote.kind === 'indirect')).toEqual([])
  })
})
