import {expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'

const story = 'Riverton opens a new ferry pier.\n\nOmar Reyes said the pier cost less than planned. Boats start in May.\n'

test('sentences are split on first read and keep their place among the keys', () => {
  const article = parseArticle(story, {format: 'text'})
  const keys = Object.keys(article)
  expect(keys.indexOf('sentences')).toBe(keys.indexOf('blocks') + 1)
  const first = article.sentences
  expect(first.map((s) => s.text)).toEqual(['Riverton opens a new ferry pier.', 'Omar Reyes said the pier cost less than planned.', 'Boats start in May.'])
  // Read once, then kept: the same array every time.
  expect(article.sentences).toBe(first)
  // JSON and spreads see a plain value.
  expect(JSON.parse(JSON.stringify(article)).sentences).toEqual(JSON.parse(JSON.stringify(first)))
  expect(Object.getOwnPropertyDescriptor({...article}, 'sentences')?.value).toBe(first)
})

test('sentences can be replaced', () => {
  const article = parseArticle(story, {format: 'text'})
  article.sentences = article.sentences.slice(1)
  expect(article.sentences).toHaveLength(2)
})

test('every article shares one sentences accessor, and nothing else of it shows', () => {
  // One accessor for all articles keeps them one fast shape (an accessor per article
  // made V8 hold each article as a dictionary and split twice as slowly).
  const a = parseArticle(story, {format: 'text'})
  const b = parseArticle('Harbour board meets.\n\nThe vote is on Friday.\n', {format: 'text'})
  const getter = (article: object) => Object.getOwnPropertyDescriptor(article, 'sentences')?.get
  expect(getter(a)).toBeTypeOf('function')
  expect(getter(a)).toBe(getter(b))
  expect(Object.keys(a)).toEqual(['id', 'format', 'source', 'title', 'byline', 'published', 'dateline', 'language', 'text', 'blocks', 'sentences', 'sourceMap', 'messages'])
  expect(Object.getOwnPropertyNames(a)).toEqual(Object.keys(a))
})

test('a structured clone carries the sentences as a plain array', () => {
  const article = parseArticle(story, {format: 'text'})
  const clone = structuredClone(article)
  expect(Object.getOwnPropertyDescriptor(clone, 'sentences')?.value).toEqual(JSON.parse(JSON.stringify(article.sentences)))
  expect(Object.keys(clone)).toEqual(Object.keys(article))
})

test('sentences follow the blocks the article holds when first read', () => {
  const article = parseArticle(story, {format: 'text'})
  article.blocks = article.blocks.slice(0, 1)
  expect(article.sentences.map((s) => s.text)).toEqual(['Riverton opens a new ferry pier.'])
})
