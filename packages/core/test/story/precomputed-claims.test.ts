import {describe, expect, test} from 'vitest'
import {compareArticles, findClaims, findEntities, findQuotes, parseArticle} from '../../src/index.js'

// Two dated articles and one undated: the undated one's "on Tuesday" needs the story's date.
const texts: Record<string, string> = {
  'a.txt': 'Ferry deal signed\n\ndate 2024-03-15\n\nThe harbour board of Kessel signed the ferry contract on Tuesday, its chairman said.',
  'b.txt': 'Ferry deal signed\n\ndate 2024-03-15\n\nThe harbour board of Kessel signed the ferry contract on Tuesday, its chairman Oren Vale said.',
  'c.txt': 'Ferry deal signed\n\nThe harbour board of Kessel signed the ferry contract on Wednesday, its chairman said.',
}

describe('claims computed by the caller', () => {
  const articles = Object.entries(texts).map(([file, text]) => ({file, article: parseArticle(text, {format: 'text'})}))

  test('give the same Story as claims compareArticles finds itself, undated articles included', () => {
    const found = compareArticles(articles)
    const given = compareArticles(articles.map(({file, article}) => {
      const entities = findEntities(article)
      const quotes = findQuotes(article, {entities})
      return {file, article, entities, quotes, claims: findClaims(article, {quotes, entities})}
    }))
    expect(given).toEqual(found)
  })

  test('the undated article\'s weekday is read against the story\'s date', () => {
    const given = compareArticles(articles.map(({file, article}) => ({file, article, claims: findClaims(article)})))
    const undated = given.claims.filter((claim) => claim.file === 'c.txt').flatMap((claim) => claim.dates)
    expect(undated.map((date) => date.from)).toEqual(['2024-03-13'])
  })
})
