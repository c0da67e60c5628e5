import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {
  articlesToAnnotations, compareArticles, findClaims, findEntities, findQuotes, linkEntities, parseArticle, storyToAnnotations
} from '../../src/index.js'
import {texts} from './articles.js'

const schemaDir = path.join(import.meta.dirname, '..', '..', 'schema')
const ajv = new Ajv2020({allErrors: true, strict: true, allowUnionTypes: true})
const schemas = Object.fromEntries(['article', 'quotes', 'entities', 'annotations'].map((name) => {
  const schema = JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8'))
  ajv.addSchema(schema)
  return [name, schema]
}))

/** Round-trip through JSON, as the CLI prints it, and validate against a schema or one of its `$defs`. */
function check(schema: string, value: unknown): void {
  const validate = ajv.getSchema(`https://corroborate.dev/schema/${schema}`)!
  const ok = validate(JSON.parse(JSON.stringify(value)))
  expect(validate.errors ?? [], schema).toEqual([])
  expect(ok).toBe(true)
}

const parsed = Object.entries(texts).map(([file, text]) => ({file, article: parseArticle(text, {fileName: file})}))

describe('JSON Schemas of the outputs', () => {
  test('the fixtures cover every input format', () => {
    expect(parsed.map(({article}) => article.format).sort()).toEqual(['html', 'markdown', 'text'])
  })

  test('parseArticle output validates against article.schema.json', () => {
    for (const {article} of parsed) check('article.schema.json#/$defs/article', article)
    check('article.schema.json', {version: 1, articles: parsed.map(({file, article}) => ({file, ...article}))})
  })

  test('findQuotes output validates against quotes.schema.json', () => {
    const articles = parsed.map(({file, article}) => ({file, id: article.id, quotes: findQuotes(article, {indirect: true})}))
    expect(articles.flatMap((record) => record.quotes).length).toBeGreaterThan(3)
    for (const record of articles) for (const quote of record.quotes) check('quotes.schema.json#/$defs/quote', quote)
    check('quotes.schema.json', {version: 1, articles})
  })

  test('findEntities and linkEntities output validates against entities.schema.json', () => {
    const records = parsed.map(({file, article}) => ({file, id: article.id, ...findEntities(article)}))
    for (const {file: _file, id: _id, ...entities} of records) check('entities.schema.json#/$defs/articleEntities', entities)
    const linked = linkEntities(records)
    expect(linked.length).toBeGreaterThan(0)
    check('entities.schema.json', {version: 1, articles: records.map(({file, id, entities}) => ({file, id, entities})), linked})
  })

  test('storyToAnnotations and articlesToAnnotations output validates against annotations.schema.json', () => {
    const story = compareArticles(parsed)
    const storyTexts = parsed.map(({file, article}) => ({file, text: article.text, url: article.source.url}))
    const fromStory = storyToAnnotations(story, storyTexts)
    expect(fromStory.total).toBeGreaterThan(0)
    check('annotations.schema.json', fromStory)
    check('annotations.schema.json', articlesToAnnotations(parsed.map(({file, article}) => ({
      article: {file, id: article.id, text: article.text, url: article.source.url},
      quotes: findQuotes(article), claims: findClaims(article)
    }))))
  })

  test('a field the schema does not know fails, so the schemas cannot fall behind the outputs', () => {
    const {article} = parsed[0]!
    const quote = findQuotes(article)[0]!
    const validate = ajv.getSchema('https://corroborate.dev/schema/quotes.schema.json#/$defs/quote')!
    expect(validate({...quote, extra: 1})).toBe(false)
    const validateArticle = ajv.getSchema('https://corroborate.dev/schema/article.schema.json#/$defs/article')!
    expect(validateArticle({...article, file: 'a.txt'})).toBe(false)
  })

  test('every schema says what it is and closes its objects', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$id, name).toBe(`https://corroborate.dev/schema/${name}.schema.json`)
      expect(typeof schema.description).toBe('string')
    }
  })
})
