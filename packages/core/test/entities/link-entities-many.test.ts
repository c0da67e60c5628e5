import {describe, expect, test} from 'vitest'
import {findEntities, linkEntities, parseArticle} from '../../src/index.js'

const article = (text: string, n: number) => parseArticle(text, {format: 'text', metadata: {url: `https://m${n}.example/${n}`}})

describe('linkEntities over many articles', () => {
  // Sixty outlets write two invented people several ways: a one-letter slip in a long
  // surname, and a name spaced or hyphenated differently.
  const texts = Array.from({length: 60}, (_, i) => [
    'Senator Anna Borgen met President Choi Dal Won in Tarrow on Monday. Borgen said the talks went well.\n',
    'Anna Borgan, a senator, spoke after meeting President Choi Dal Won in Tarrow.\n',
    'President Choi Dalwon thanked Senator Borgen for the visit to Tarrow.\n'
  ][i % 3]!)
  const linked = linkEntities(texts.map(article).map((a) => findEntities(a)))
  const people = linked.filter((entity) => entity.kind === 'person')
  const holding = (form: string) => people.filter((entity) => entity.forms.some((f) => f.form === form))

  test('a slip of one letter and a lone surname join the full name', () => {
    expect(holding('Anna Borgen')).toHaveLength(1)
    expect(holding('Anna Borgan')[0]?.id).toBe(holding('Anna Borgen')[0]?.id)
    expect(holding('Borgen').every((entity) => entity.id === holding('Anna Borgen')[0]?.id)).toBe(true)
  })

  test('a name spaced or hyphenated differently is one person', () => {
    expect(holding('Choi Dal Won')).toHaveLength(1)
    expect(holding('Choi Dalwon')[0]?.id).toBe(holding('Choi Dal Won')[0]?.id)
  })

  test('every article\'s entity belongs to exactly one identity, and identities are ordered by their size', () => {
    const seen = new Set<string>()
    for (const entity of linked) {
      for (const member of entity.members) {
        const key = `${member.article} ${member.entity}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
      }
    }
    expect(seen.size).toBe(texts.map(article).reduce((sum, a) => sum + findEntities(a).entities.length, 0))
    for (let i = 1; i < linked.length; i++) {
      if (linked[i]!.kind === linked[i - 1]!.kind) expect(linked[i]!.members.length).toBeLessThanOrEqual(linked[i - 1]!.members.length)
    }
  })
})
