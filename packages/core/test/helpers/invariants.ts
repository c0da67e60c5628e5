import {expect} from 'vitest'
import type {Article} from '../../src/index.js'

/** Every span of an article points into its text, children sit inside parents, in order. */
export function expectArticleInvariants(article: Article): void {
  const {text} = article
  let previousEnd = 0
  for (const block of article.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previousEnd)
    expect(block.end).toBeGreaterThan(block.start)
    expect(block.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(block.start, block.end)).toBe(block.text)
    previousEnd = block.end
  }
  let previousSentence = 0
  for (const sentence of article.sentences) {
    const block = article.blocks[sentence.block]
    expect(block).toBeDefined()
    expect(block!.kind).not.toBe('boilerplate')
    expect(sentence.start).toBeGreaterThanOrEqual(Math.max(block!.start, previousSentence))
    expect(sentence.end).toBeLessThanOrEqual(block!.end)
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    previousSentence = sentence.end
    for (const word of sentence.words) {
      expect(word.start).toBeGreaterThanOrEqual(sentence.start)
      expect(word.end).toBeLessThanOrEqual(sentence.end)
      expect(text.slice(word.start, word.end)).toBe(word.text)
    }
  }
  for (const entry of article.sourceMap ?? []) {
    expect(entry.start).toBeGreaterThanOrEqual(0)
    expect(entry.end).toBeLessThanOrEqual(text.length)
  }
}
