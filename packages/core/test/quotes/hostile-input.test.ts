import {describe, expect, test} from 'vitest'
import {findClaims, findEntities, findQuotes, parseArticle} from '../../src/index.js'

// Inputs built to be slow or deep: the analysis finishes and throws nothing raw.
function analyse(text: string) {
  const article = parseArticle(text, {format: 'text'})
  const entities = findEntities(article)
  const quotes = findQuotes(article, {entities})
  return {quotes, claims: findClaims(article, {quotes, entities})}
}

describe('hostile input', () => {
  test('a chain of "A of B of …" thousands long before "said" does not overflow the stack', () => {
    expect(() => analyse('Alpha of Beta '.repeat(8000) + 'said "yes."')).not.toThrow()
  })

  test('a word of hundreds of thousands of hyphenated parts is one word, not a stack overflow', () => {
    const article = parseArticle('ab-'.repeat(150_000) + 'c.', {format: 'text'})
    expect(article.sentences[0]!.words).toHaveLength(1)
  })

  test('one "sentence" of thousands of quotes finds every quote', () => {
    expect(analyse('\u201ca\u201d '.repeat(3000)).quotes).toHaveLength(3000)
  })

  test('a cue still reaches its quote within a long sentence', () => {
    const filler = 'and the harbour board, the council and the ferry company all met again '.repeat(3)
    const {quotes} = analyse(`Ferry talks\n\nThe mayor, Dana Okafor, said ${filler}that "we will sign soon."`)
    expect(quotes[0]!.speaker?.name).toBe('Dana Okafor')
  })
})
