import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'
import {expectClaimInvariants} from './invariants.js'

const seeds = path.join(import.meta.dirname, '..', '..', '..', '..', 'seeds')
const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'))

describe('claims on the seeds', () => {
  test.each(files)('%s: spans slice to their text, no claim from boilerplate or headings', (file) => {
    const article = parseArticle(readFileSync(path.join(seeds, file), 'utf8'), {format: 'text'})
    const claims = findClaims(article)
    expect(claims.length).toBeGreaterThan(0)
    expectClaimInvariants(article, claims)
    for (const claim of claims) {
      const kind = article.blocks[claim.block]!.kind
      expect(kind).not.toBe('boilerplate')
      expect(kind).not.toBe('heading')
      // An undated article never gets a date resolved against a guess.
      if (!article.published) for (const date of claim.dates) expect(date.reference?.source ?? null).not.toBe('published')
    }
  })
})
