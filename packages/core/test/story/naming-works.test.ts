import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const works = (files: Record<string, string>) => story(files).naming.filter((entry) => entry.entity.startsWith('w'))

describe('naming: titles of works written with or without a leading article or subtitle', () => {
  test('"A Long Road Home" / "Long Road Home: Notes from Marle" are one book', () => {
    const found = works({
      'a.txt': 'Ines Adler signed copies of her new memoir, "A Long Road Home," at the Riverton library on Friday.',
      'b.txt': 'Adler spent the week promoting a book, Long Road Home: Notes from Marle, in which she recalls her years in Varik.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.variants.map((v) => v.form).sort()).toEqual(['A Long Road Home', 'Long Road Home: Notes from Marle'])
    expect(found[0]!.kind).toBe('term')
  })

  test('one outlet alone writing two forms is no difference between outlets', () => {
    expect(works({
      'a.txt': 'Her memoir, A Long Road Home, sold well. The book, Long Road Home: Notes from Marle, is in its third printing.',
      'b.txt': 'Ines Adler spoke at the Riverton library on Friday about her years in Varik.'
    })).toHaveLength(0)
  })

  test('two different titles stay apart, and a title written alike is not listed', () => {
    expect(works({
      'a.txt': 'Pavel Marek read from his novel, The Salt Harbor, on Tuesday.',
      'b.txt': 'Marek also wrote the novel The Salt Harbor and a film, Quiet Winter in Varik, last year.'
    })).toHaveLength(0)
  })
})
