import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ArticleError, analyzeQuotes, findClaims, findEntities, linkEntities, parseArticle, type Article} from '../../src/index.js'
import {expectClaimInvariants} from '../claims/invariants.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'
import {expectArticleInvariants} from '../helpers/invariants.js'
import {articleInput} from '../helpers/news-like-properties.js'
import {expectQuoteInvariants} from '../quotes/invariants.js'

// One news-like article (names, quotes, numbers, dates, CRLF, Markdown and HTML pieces,
// hostile bytes) through every per-article step: each must hold its spans or refuse it.
function parsed({title, body, format, published}: {title: string, body: string, format: 'text' | 'markdown' | 'html' | 'json', published: string | null}): Article | null {
  try {
    return parseArticle(`${title}\n\n${body}`, {format, metadata: {published}})
  } catch (error) {
    if (error instanceof ArticleError) return null
    throw error
  }
}

describe('each step on a news-like article', () => {
  test('parse, claims, quotes with indirect speech: valid spans, no throw', () => {
    fc.assert(fc.property(articleInput, (input) => {
      const article = parsed(input)
      if (!article) return
      expectArticleInvariants(article)
      expectClaimInvariants(article, findClaims(article))
      const {quotes, terms} = analyzeQuotes(article, {indirect: true})
      expectQuoteInvariants(article, quotes, terms)
    }), fuzzRuns(40))
  })

  test('entities: every mention slices back and names an entity of its article; linking keeps every article', () => {
    fc.assert(fc.property(fc.array(articleInput, {minLength: 1, maxLength: 3}), (inputs) => {
      const found = inputs.map(parsed).filter((article) => article !== null).map((article) => ({article, entities: findEntities(article)}))
      for (const {article, entities} of found) {
        const ids = new Set(entities.entities.map((entity) => entity.id))
        for (const mention of [...entities.mentions, ...entities.entities.flatMap((entity) => entity.mentions)]) {
          expect(article.text.slice(mention.start, mention.end)).toBe(mention.text)
          expect(ids.has(mention.entity), mention.entity).toBe(true)
          if (mention.title) expect(article.text.slice(mention.title.start, mention.title.end)).toBe(mention.title.text)
        }
        for (const entity of entities.entities) expect(entity.name.trim()).not.toBe('')
      }
      const articleIds = new Set(found.map(({entities}) => entities.article))
      for (const linked of linkEntities(found.map(({entities}) => entities))) {
        for (const member of linked.members) expect(articleIds.has(member.article)).toBe(true)
      }
    }), fuzzRuns(20))
  })
})
