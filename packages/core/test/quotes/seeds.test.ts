import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {analyzeQuotes, findEntities, parseArticle} from '../../src/index.js'
import {expectQuoteInvariants} from './invariants.js'

const seeds = path.join(import.meta.dirname, '..', '..', '..', '..', 'seeds')

// Invariants only: accuracy lives in `score-quotes.mjs` and `scripts/eval-attributions.mjs`.
describe('seed invariants', () => {
  for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()) {
    test(file, () => {
      const article = parseArticle(readFileSync(path.join(seeds, file), 'utf8'), {format: 'text', fileName: file})
      const entities = findEntities(article)
      const {quotes, terms} = analyzeQuotes(article, {entities, indirect: true})
      expectQuoteInvariants(article, quotes, terms)
      const ids = new Set(entities.entities.map((entity) => entity.id))
      for (const quote of quotes) {
        // A speaker's entity is one of the article's, and its mention sits outside the quoted words.
        if (quote.speaker?.entity) expect(ids.has(quote.speaker.entity)).toBe(true)
        const mention = quote.speaker?.mention
        if (mention && quote.kind !== 'indirect') expect(mention.end <= quote.start || mention.start >= quote.end).toBe(true)
      }
      // Quotes are in text order and do not overlap.
      const direct = quotes.filter((quote) => quote.kind !== 'indirect')
      for (let i = 1; i < direct.length; i++) expect(direct[i]!.start).toBeGreaterThanOrEqual(direct[i - 1]!.end)
    })
  }
})
