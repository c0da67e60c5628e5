import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'
import {expectClaimInvariants} from './invariants.js'
import {summarize} from './summarize.js'

// Fixture pairs: `fixtures/<case>.txt` with the expected summary beside it as JSON.
// `UPDATE_FIXTURES=1 npx vitest run packages/core/test/claims` writes them anew: review the diff like code.
const folder = path.join(import.meta.dirname, 'fixtures')
const cases = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

describe('claims fixtures', () => {
  test.each(cases)('%s', (name) => {
    const file = path.join(folder, name)
    const article = parseArticle(readFileSync(file, 'utf8'), {format: 'text'})
    const claims = findClaims(article)
    expectClaimInvariants(article, claims)
    const actual = summarize(claims)
    const expectedFile = file.replace(/\.txt$/, '.json')
    if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n')
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })
})
