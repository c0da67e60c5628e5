import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compareArticles, findQuotes, jsonChunks, parseArticle, storyToHtml, storyToHtmlChunks} from '../../src/index.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

describe('jsonChunks', () => {
  test('joined, equals JSON.stringify(value, null, 2) for any JSON value and depth', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({min: 0, max: 4}), (value, depth) => {
      expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2))
    }), fuzzRuns(300))
  })

  test('leaves out what JSON leaves out', () => {
    const value = {a: 1, b: undefined, c: [undefined, () => 1, 2], d: {e: undefined}}
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2))
  })

  test('writes a big array as one piece per member', () => {
    const value = {items: Array.from({length: 1000}, (_, i) => ({i, text: 'x'.repeat(10)}))}
    expect([...jsonChunks(value)].length).toBeGreaterThan(1000)
  })
})

describe('storyToHtmlChunks', () => {
  const texts = [
    'Riverton Daily\n\nMayor Dana Okafor said on Monday that 12 people were hurt. “We will rebuild,” she said.',
    'Tarrow Herald\n\nMayor Dana Okafor said on Monday that 14 people were hurt. “We will rebuild,” Okafor said.'
  ]
  const story = compareArticles(texts.map((text, i) => {
    const article = parseArticle(text, {format: 'text'})
    return {file: `${i}.txt`, article, quotes: findQuotes(article)}
  }))

  test('joined, the pieces are storyToHtml\'s page, with texts and without', () => {
    const articles = texts.map((text, i) => ({file: `${i}.txt`, text}))
    expect([...storyToHtmlChunks(story, {articles})].join('')).toBe(storyToHtml(story, {articles}))
    expect([...storyToHtmlChunks(story)].join('')).toBe(storyToHtml(story))
    // One piece per article text, at least.
    expect([...storyToHtmlChunks(story, {articles})].length).toBeGreaterThan([...storyToHtmlChunks(story)].length + 1)
  })
})
