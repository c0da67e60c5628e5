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
