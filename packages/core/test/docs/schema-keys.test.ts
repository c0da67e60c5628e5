import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import type {
  Article, ArticleEntities, ArticleSource, Block, Channel, Cue, Entity, LinkedEntity, Mention, Message, Quote, Sentence,
  SourceMapEntry, Speaker, TextualBody, WebAnnotation, WebAnnotationCollection, Word
} from '../../src/index.js'

// The schemas are written by hand; these lists tie them to the TypeScript types.
// `keys<T>()` accepts only a list naming every key of T, and `required<T>()` only a
// list naming every key T does not mark optional, so adding a field to a type
// fails the typecheck here until the list (and then the schema, by the test) has it.
type RequiredKeys<T> = {[K in keyof T]-?: object extends Pick<T, K> ? never : K}[keyof T]
type Exhaustive<All, K extends readonly PropertyKey[]> = [Exclude<All, K[number]>] extends [never] ? K : never
const keys = <T>() => <const K extends ReadonlyArray<keyof T>>(list: Exhaustive<keyof T, K>): readonly string[] => list as readonly string[]
const required = <T>() => <const K extends ReadonlyArray<RequiredKeys<T>>>(list: Exhaustive<RequiredKeys<T>, K>): readonly string[] => list as readonly string[]

interface Definition {
  properties: Record<string, unknown>
  required: string[]
  additionalProperties?: boolean
  unevaluatedProperties?: boolean
}
const schemaDir = path.join(import.meta.dirname, '..', '..', 'schema')
function definition(file: string, name: string | null): Definition {
  const schema = JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8'))
  return name === null ? schema : schema.$defs[name]
}

const cases: Array<[string, string | null, readonly string[], readonly string[]]> = [
  ['article.schema.json', 'articleFields',
    keys<Article>()(['id', 'format', 'source', 'title', 'byline', 'published', 'dateline', 'language', 'text', 'blocks', 'sentences', 'sourceMap', 'messages']),
    required<Article>()(['id', 'format', 'source', 'title', 'byline', 'published', 'dateline', 'language', 'text', 'blocks', 'sentences', 'sourceMap', 'messages'])],
  ['article.schema.json', 'source', keys<ArticleSource>()(['outlet', 'url', 'domain']), required<ArticleSource>()(['outlet', 'url', 'domain'])],
  ['article.schema.json', 'block',
    keys<Block>()(['start', 'end', 'kind', 'text', 'depth', 'reason', 'summary', 'author', 'handle']),
    required<Block>()(['start', 'end', 'kind', 'text'])],
  ['article.schema.json', 'sentence', keys<Sentence>()(['start', 'end', 'text', 'block', 'words']), required<Sentence>()(['start', 'end', 'text', 'block', 'words'])],
  ['article.schema.json', 'word', keys<Word>()(['start', 'end', 'text']), required<Word>()(['start', 'end', 'text'])],
  ['article.schema.json', 'sourceMapEntry', keys<SourceMapEntry>()(['start', 'end', 'path', 'node', 'source']), required<SourceMapEntry>()(['start', 'end', 'path', 'node'])],
  ['article.schema.json', 'message', keys<Message>()(['reason', 'ruleId', 'source', 'place']), required<Message>()(['reason', 'ruleId', 'source', 'place'])],
  ['quotes.schema.json', 'quote',
    keys<Quote>()(['text', 'start', 'end', 'kind', 'marks', 'speaker', 'cue', 'channel', 'confidence', 'continued']),
    required<Quote>()(['text', 'start', 'end', 'kind', 'marks', 'speaker', 'cue', 'channel', 'confidence', 'continued'])],
  ['quotes.schema.json', 'speaker', keys<Speaker>()(['name', 'entity', 'mention', 'method', 'type']), required<Speaker>()(['name', 'entity', 'mention', 'method', 'type'])],
  ['quotes.schema.json', 'cue', keys<Cue>()(['text', 'start', 'end', 'type']), required<Cue>()(['text', 'start', 'end', 'type'])],
  ['quotes.schema.json', 'channel', keys<Channel>()(['text', 'start', 'end', 'kind', 'platform']), required<Channel>()(['text', 'start', 'end', 'kind', 'platform'])],
  ['entities.schema.json', 'articleEntities', keys<ArticleEntities>()(['article', 'entities', 'mentions']), required<ArticleEntities>()(['article', 'entities', 'mentions'])],
  ['entities.schema.json', 'entity', keys<Entity>()(['id', 'kind', 'name', 'forms', 'mentions']), required<Entity>()(['id', 'kind', 'name', 'forms', 'mentions'])],
  ['entities.schema.json', 'mention',
    keys<Mention>()(['start', 'end', 'text', 'kind', 'entity', 'title', 'possessive']),
    required<Mention>()(['start', 'end', 'text', 'kind', 'entity', 'title', 'possessive'])],
  ['entities.schema.json', 'linkedEntity', keys<LinkedEntity>()(['id', 'kind', 'name', 'forms', 'members']), required<LinkedEntity>()(['id', 'kind', 'name', 'forms', 'members'])],
  ['annotations.schema.json', null,
    keys<WebAnnotationCollection>()(['@context', 'id', 'type', 'label', 'total', 'first']),
    required<WebAnnotationCollection>()(['@context', 'id', 'type', 'label', 'total', 'first'])],
  ['annotations.schema.json', 'annotation',
    keys<WebAnnotation>()(['id', 'type', 'motivation', 'body', 'target', 'generator']),
    required<WebAnnotation>()(['id', 'type', 'motivation', 'body', 'target', 'generator'])],
  ['annotations.schema.json', 'textualBody', keys<TextualBody>()(['type', 'purpose', 'value', 'format', 'language']), required<TextualBody>()(['type', 'purpose', 'value', 'format'])]
]

describe('the schemas match the TypeScript types', () => {
  test.each(cases)('%s %s: the same properties, the same required ones, no others allowed', (file, name, all, needed) => {
    const def = definition(file, name)
    expect(Object.keys(def.properties).sort()).toEqual([...all].sort())
    expect([...def.required].sort()).toEqual([...needed].sort())
    expect(def.additionalProperties === false || name === 'articleFields').toBe(true)
  })

  test('the Article is closed where it is used', () => {
    expect(definition('article.schema.json', 'article').unevaluatedProperties).toBe(false)
    expect(definition('article.schema.json', 'articleRecord').unevaluatedProperties).toBe(false)
  })
})
