import {describe, expect, test} from 'vitest'
import {findEntities, parseArticle} from '../../src/index.js'

const names = (text: string): string[] => findEntities(parseArticle(text, {format: 'text'})).entities.map((entity) => entity.name)

describe('findEntities: where a name run ends', () => {
  test('"and" between two fields of one body stays inside it ("Office of Tariffs and Ledgers")', () => {
    const found = names('Wenna Drysk, who ran the Office of Tariffs and Ledgers until May, said the plan would fail.')
    expect(found).toContain('Office of Tariffs and Ledgers')
    expect(found).not.toContain('Ledgers')
  })

  test('two bodies joined by "and" stay two ("the Bank of Orrin and Kestle Bank", "the Bureau of Tolls and NTB staff")', () => {
    expect(names('The Bank of Orrin and Kestle Bank agreed to merge on Friday.')).toEqual(expect.arrayContaining(['Bank of Orrin', 'Kestle Bank']))
    expect(names('Officials at the Bureau of Tolls and NTB staff met twice.').some((name) => /Tolls and/.test(name))).toBe(false)
    expect(names('The Department of Fisheries and Harlan Osk disagreed.').some((name) => /Fisheries and/.test(name))).toBe(false)
  })

  test('a web page’s buttons glued to names are no part of them ("Nola VennFlagShareLikeReplyOrin Tate")', () => {
    const found = names('Orin Tate answered readers all evening.\nNola VennFlagShareLikeReplyOrin Tate 5pts\n FlagShareLikeReplyOrin Tate 5pts\nThe chat closed at ten.')
    expect(found.some((name) => /Flag|Share|Reply/.test(name))).toBe(false)
    expect(found).toContain('Orin Tate')
    const afterPeriod = names('Readers asked about the dam all evening.\nThe dam is in Ohio.FlagShareLikeReplyOrin Tate 5pts\nThe chat closed at ten, said Orin Tate.')
    expect(afterPeriod).toEqual(expect.arrayContaining(['Ohio', 'Orin Tate']))
    expect(afterPeriod.some((name) => /Flag/.test(name))).toBe(false)
  })
})

describe('findEntities: a plural title before two names', () => {
  test('"Senators Ada Venn and Tobin Rask", "Congressmen …": the plural title is no part of the first name', () => {
    const found = names('The letters went to two critics, Senators Ada Venn of Ohio and Tobin Rask of Utah, both Democrats.')
    expect(found).toEqual(expect.arrayContaining(['Ada Venn', 'Tobin Rask']))
    expect(found.some((name) => /Senators/.test(name))).toBe(false)
    expect(names('Congressmen Orin Tate and Pell Vorn voted no.')).toEqual(expect.arrayContaining(['Orin Tate', 'Pell Vorn']))
  })
})
