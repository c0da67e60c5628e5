import {describe, expect, test} from 'vitest'
import {findEntities, linkEntities, nameKey, parseArticle} from '../../src/index.js'

describe('nameKey', () => {
  test.each([
    ['Horvasky', 'Horvaskyy'], ['Horvasky', 'Horvaskiy'], ['Yuri', 'Yury'], ['Arkady', 'Arkadi'],
    ['Dmitry', 'Dmitri'], ['Kyiv', 'Kiev'], ['Kharkiv', 'Kharkov'], ['Aleksandr', 'Alexander'], ['Volodymyr', 'Wolodymyr']
  ])('%s and %s meet', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  test.each([['Marle', 'Varik'], ['Dornik', 'Marinov'], ['Kyiv', 'Kursk']])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })
})

describe('linkEntities', () => {
  const one = parseArticle('Kremlin aide Yury Marinov spoke to Volodymyr Horvaskyy in Kyiv. Marinov left.\n', {format: 'text', metadata: {url: 'https://a.example/1'}})
  const two = parseArticle('Yuri Marinov met Horvasky in Kiev on Monday.\n', {format: 'text', metadata: {url: 'https://b.example/2'}})
  const linked = linkEntities([findEntities(one), findEntities(two)])

  test('joins spelling and transliteration variants across articles, keeping each form', () => {
    const ushakov = linked.find((entity) => entity.forms.some((form) => form.form === 'Yury Marinov'))
    expect(ushakov?.kind).toBe('person')
    expect(ushakov?.forms).toEqual(expect.arrayContaining([
      {form: 'Yury Marinov', articles: [one.id]}, {form: 'Marinov', articles: [one.id]}, {form: 'Yuri Marinov', articles: [two.id]}
    ]))
    const zelensky = linked.find((entity) => entity.forms.some((form) => form.form === 'Horvasky'))
    expect(zelensky?.name).toBe('Volodymyr Horvaskyy')
    expect(zelensky?.members).toHaveLength(2)
    const kyiv = linked.find((entity) => entity.forms.some((form) => form.form === 'Kiev'))
    expect(kyiv?.forms.map((form) => form.form).sort()).toEqual(['Kiev', 'Kyiv'])
  })

  test('every member points at an entity of its article', () => {
    const ids = new Map([[one.id, findEntities(one)], [two.id, findEntities(two)]])
    for (const entity of linked) {
      for (const member of entity.members) expect(ids.get(member.article)?.entities.some((e) => e.id === member.entity)).toBe(true)
    }
  })
})

describe('linkEntities: name forms of one person', () => {
  const article = (text: string, n: number) => parseArticle(text, {format: 'text', metadata: {url: `https://n${n}.example/${n}`}})
  const texts = [
    'Committee chairman Robert W. Quillfeather III met Senator Anna Borgen on Monday. Quillfeather said little.\n',
    'Bob Quillfeather, the committee chairman, spoke first. Borgen listened.\n',
    'The Ferrow Group said Quillfeather would testify. Marta Quillfeather, his sister, declined to comment.\n'
  ]
  const articles = texts.map(article)
  const linked = linkEntities(articles.map((a) => findEntities(a)))
  const people = linked.filter((entity) => entity.kind === 'person')

  test('a nickname, a middle initial and a suffix are one person', () => {
    const robert = people.find((entity) => entity.forms.some((form) => form.form === 'Bob Quillfeather'))
    expect(robert?.forms.map((form) => form.form)).toEqual(expect.arrayContaining(['Robert W. Quillfeather III', 'Bob Quillfeather']))
  })

  test('two people who share a surname stay apart', () => {
    const marta = people.find((entity) => entity.forms.some((form) => form.form === 'Marta Quillfeather'))
    expect(marta).toBeDefined()
    expect(marta?.forms.some((form) => /Robert|Bob/.test(form.form))).toBe(false)
  })

  test('a person never merges with an organisation', () => {
    for (const entity of linked) {
      if (entity.kind === 'person') expect(entity.forms.some((form) => form.form === 'Ferrow Group')).toBe(false)
    }
  })
})

describe('linkEntities: middle initials', () => {
  const article = (text: string, n: number) => parseArticle(text, {format: 'text', metadata: {url: `https://m${n}.example/${n}`}})
  const linked = linkEntities([
    'Former governor Walter H.K. Brannoch spoke at the dedication on Monday.\n',
    'Governor Walter K. Brannoch, his son, cut the ribbon.\n',
    'Walter Brannoch thanked the crowd. Walter Kessel Brannoch left early.\n'
  ].map(article).map((a) => findEntities(a)))
  const formsOf = (form: string) => linked.find((entity) => entity.forms.some((one) => one.form === form))?.forms.map((one) => one.form) ?? []

  test('two people whose middle initials differ stay apart, though they share given name and surname', () => {
    expect(formsOf('Walter H.K. Brannoch')).not.toContain('Walter K. Brannoch')
    expect(formsOf('Walter K. Brannoch')).not.toContain('Walter H.K. Brannoch')
  })

  test('a name without a middle, or with the middle written out, still joins one of them', () => {
    const walters = linked.filter((entity) => entity.forms.some((one) => one.form.startsWith('Walter')))
    expect(walters).toHaveLength(2)
    expect(walters.flatMap((entity) => entity.forms.map((one) => one.form))).toEqual(expect.arrayContaining(['Walter Brannoch', 'Walter Kessel Brannoch']))
  })
})

describe('findEntities: middle initials within one article', () => {
  test('"Walter H.K. Brannoch and Walter K. Brannoch" are two people', () => {
    const found = findEntities(parseArticle('Former governors Walter H.K. Brannoch and Walter K. Brannoch both attended.\n', {format: 'text'}))
    const people = found.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name)
    expect(people).toEqual(expect.arrayContaining(['Walter H.K. Brannoch', 'Walter K. Brannoch']))
  })
})

describe('findEntities: a pronoun with a contraction is no name', () => {
  test('"I’ll", "You’ve" and "They’d" opening a quote are not people', () => {
    const found = findEntities(parseArticle('“I’ll go back,” Orla Vantree said. “You\'ve seen the road. They’d close it.”\n', {format: 'text'}))
    expect(found.entities.map((entity) => entity.name)).toEqual(['Orla Vantree'])
  })
})
