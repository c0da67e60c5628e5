import {describe, expect, test} from 'vitest'
import {type NamingEntry, type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

/** A story from short articles written for the case: file name → text. */
/** The entry that lists every one of these forms, exactly as written. */
function entryWith(result: Story, ...forms: string[]): NamingEntry | undefined {
  return result.naming.find((entry) => forms.every((form) => entry.variants.some((variant) => variant.form === form)))
}

function variant(entry: NamingEntry | undefined, form: string) {
  return entry?.variants.find((item) => item.form === form)
}

describe('naming: people', () => {
  const result = storyOfTexts({
    'a.txt': 'The hearing opened late.\nRobert W. Quillfeather III, the committee chairman, spoke first on Monday. Mr. Quillfeather said the inquiry would continue.\nSpecial Counsel Anna Borgen was not present.\n',
    'b.txt': 'Lawmakers met again.\nCommittee chairman Bob Quillfeather said the inquiry would continue, and Mr Quillfeather took questions.\nThe report was sent to Special counsel Anna Borgen on Monday.\n',
    'c.txt': 'Critics spoke out.\nBob Quillfeather said on Monday that the inquiry would go on. Marta Quillfeather, his sister, declined to comment.\n'
  })

  test('middle initial, suffix and nickname are one person, each form with its files', () => {
    const entry = entryWith(result, 'Robert W. Quillfeather III', 'Bob Quillfeather')
    expect(entry?.kind).toBe('person')
    expect(variant(entry, 'Robert W. Quillfeather III')?.files).toEqual(['a.txt'])
    expect(variant(entry, 'Bob Quillfeather')?.files.sort()).toEqual(['b.txt', 'c.txt'])
    expect(variant(entry, 'Bob Quillfeather')?.kind).toBe('form')
  })

  test('title and name as written are listed, with and without the period', () => {
    const entry = entryWith(result, 'Mr. Quillfeather', 'Mr Quillfeather')
    expect(entry?.kinds).toContain('spelling')
  })

  test('a title in other capitals is a case variant', () => {
    const entry = entryWith(result, 'Special Counsel Anna Borgen', 'Special counsel Anna Borgen')
    expect(variant(entry, 'Special counsel Anna Borgen')?.kind).toBe('case')
  })

  test('a relative who shares the surname is not merged', () => {
    const entry = entryWith(result, 'Bob Quillfeather')
    expect(entry?.variants.some((item) => item.form.includes('Marta'))).toBe(false)
  })
})

describe('naming: spelling, accents and slips', () => {
  const result = storyOfTexts({
    'a.txt': 'Talks resumed.\nEnvoy Dmitry Varlenko met José Albarrán in the capital. Varlenko said the talks went well.\n',
    'b.txt': 'Talks resumed.\nEnvoy Dmitri Varlenko met Jose Albarrán in the capital. Varlenko said little.\n',
    'c.txt': 'Talks resumed.\nEnvoy Dmitry Varlenko met Jose Albarrán, who spoke of progress. Varlenko agreed.\n',
    'd.txt': 'Talks resumed.\nEnvoy Dmitry Varlenka met Jose Albarrán on Monday. Varlenka said the talks went well.\n'
  })

  test('transliterations are spelling variants', () => {
    const entry = entryWith(result, 'Dmitry Varlenko', 'Dmitri Varlenko')
    expect(variant(entry, 'Dmitri Varlenko')?.kind).toBe('spelling')
  })

  test('accents alone are diacritic variants', () => {
    const entry = entryWith(result, 'José Albarrán', 'Jose Albarrán')
    expect(variant(entry, 'José Albarrán')?.kind).toBe('diacritic')
  })

  test('one outlet misspelling a name that the others spell alike is an error', () => {
    const entry = entryWith(result, 'Dmitry Varlenko', 'Dmitry Varlenka')
    expect(variant(entry, 'Dmitry Varlenka')?.kind).toBe('error')
    expect(entry?.kinds[0]).toBe('error')
    expect(result.naming[0]).toBe(entry)
  })
})

describe('naming: organisations', () => {
  const result = storyOfTexts({
    'a.txt': 'The inquiry widened.\nThe Bureau of Water Affairs said on Monday that the Harbor Department had shared its records, as reported by The Northfield Ledger. The B.W.A. declined to comment.\n',
    'b.txt': 'The inquiry widened.\nThe BWA said the Department of Harbors had shared records, according to the Northfield Ledger. Officials at the BWA would not comment.\n',
    'c.txt': 'The inquiry widened.\nWater officials said the records were shared, the Northfield Ledger reported on Monday.\n'
  })

  test('an abbreviation with and without periods joins its expansion', () => {
    const entry = entryWith(result, 'Bureau of Water Affairs', 'B.W.A.', 'BWA')
    expect(entry?.kind).toBe('organization')
    expect(variant(entry, 'B.W.A.')?.kind).toBe('spelling')
  })

  test('"The X" and "the X" are case variants of one name', () => {
    const entry = entryWith(result, 'The Northfield Ledger', 'the Northfield Ledger')
    expect(variant(entry, 'the Northfield Ledger')?.files.sort()).toEqual(['b.txt', 'c.txt'])
    expect(entry?.kinds).toContain('case')
  })
})

describe('naming: short forms', () => {
  const result = storyOfTexts({
    'a.txt': 'The vote was delayed.\nThe Senate Committee on Harbors and Rail Safety met on Monday, and the Ledger Times reported the delay.\n',
    'b.txt': 'The vote was delayed.\nMembers of the Harbors Committee met on Monday, the Times said.\n'
  })

  test('a short form whose words are in exactly one longer name joins it', () => {
    expect(entryWith(result, 'Harbors Committee', 'Senate Committee on Harbors and Rail Safety')).toBeDefined()
    expect(entryWith(result, 'Times', 'Ledger Times')).toBeDefined()
  })
})

describe('naming: terms', () => {
  const result = storyOfTexts({
    'a.txt': 'Officials spoke on Monday.\nThe GLIMMER program collected records, and the Executive Branch approved it before the Review meeting. Congress will re-open the inquiry.\n',
    'b.txt': 'Officials spoke on Monday.\nThe Glimmer program collected records, and the executive branch approved it before the review meeting. Congress will reopen the inquiry.\n',
    'c.txt': 'Officials spoke on Monday.\nExecutive power was the subject. The president said the program was lawful, and the President said so again.\n'
  })

  test('capitals in one outlet and one capital in another', () => {
    const entry = entryWith(result, 'GLIMMER', 'Glimmer')
    expect(entry?.kind).toBe('term')
    expect(entry?.kinds).toEqual(['case'])
  })

  test('a phrase capitalised mid-sentence by one outlet and not by another', () => {
    expect(entryWith(result, 'Executive Branch', 'executive branch')).toBeDefined()
    expect(entryWith(result, 'Review meeting', 'review meeting')).toBeDefined()
  })

  test('a hyphenated word and its closed-up form', () => {
    const entry = entryWith(result, 're-open', 'reopen')
    expect(variant(entry, 're-open')?.kind).toBe('spelling')
  })

  test('a capital that only opens a sentence, or a function word, is no variant', () => {
    expect(result.naming.some((entry) => entry.variants.some((item) => /^Executive power$/i.test(item.form)))).toBe(false)
    expect(result.naming.some((entry) => entry.variants.some((item) => /^(?:the )?president said$/i.test(item.form)))).toBe(false)
  })
})

describe('naming: invariants', () => {
  const result = storyOfTexts({
    'a.txt': 'Robert W. Quillfeather III met the B.W.A. in the Harbor Department. Mr. Quillfeather left.\n',
    'b.txt': 'Bob Quillfeather met the BWA, the Bureau of Water Affairs, in the Department of Harbors.\n'
  })

  test('every variant has a kind and files from the story, and every kind of an entry is one of its variants', () => {
    const files = new Set(result.articles.map((article) => article.file))
    for (const entry of result.naming) {
      expect(entry.variants.length).toBeGreaterThan(1)
      for (const item of entry.variants) {
        expect(item.files.every((file) => files.has(file))).toBe(true)
        expect(entry.kinds).toContain(item.kind)
      }
    }
  })
})

describe('naming: restraint', () => {
  const result = storyOfTexts({
    'a.txt': 'Officials spoke on Monday.\nLater the President made a statement, and the Review meeting ended.\n',
    'b.txt': 'Officials spoke on Monday.\nLater the president made a statement, and the review meeting ended.\n'
  })

  test('a title capitalised by one outlet before a common word is not a term', () => {
    expect(entryWith(result, 'President made', 'president made')).toBeUndefined()
    expect(entryWith(result, 'Review meeting', 'review meeting')).toBeDefined()
  })
})

describe('naming: hyphens and spacing in a name', () => {
  const result = storyOfTexts({
    'a.txt': 'Talks resumed.\nThe envoy met Jean-Paul Marchetti in the capital on Monday. Marchetti said little.\n',
    'b.txt': 'Talks resumed.\nThe envoy met Jean Paul Marchetti in the capital on Monday. Marchetti said little.\n'
  })

  test('one name written with a hyphen and with a space is one person, a spelling variant', () => {
    const entry = entryWith(result, 'Jean-Paul Marchetti', 'Jean Paul Marchetti')
    expect(entry?.kind).toBe('person')
    expect(variant(entry, 'Jean Paul Marchetti')?.kind).toBe('spelling')
  })
})
