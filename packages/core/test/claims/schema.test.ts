import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'

const core = path.join(import.meta.dirname, '..', '..')
const seeds = path.join(core, '..', '..', 'seeds')
const schema = JSON.parse(readFileSync(path.join(core, 'schema', 'claims.schema.json'), 'utf8'))

describe('claims JSON schema', () => {
  test('the seeds’ claims output validates', () => {
    const ajv = new Ajv2020({allErrors: true, strict: true})
    const validate = ajv.compile(schema)
    const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'))
    const articles = files.map((file) => {
      const article = parseArticle(readFileSync(path.join(seeds, file), 'utf8'), {format: 'text'})
      return {file, id: article.id, claims: findClaims(article, {reference: '2025-12-29'})}
    })
    // Round-trip through JSON, as the CLI prints it.
    const output = JSON.parse(JSON.stringify({version: 1, articles}))
    const ok = validate(output)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })
})
