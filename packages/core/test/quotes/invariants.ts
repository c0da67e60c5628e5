import {expect} from 'vitest'
import type {Article, MarkedTerm, Quote} from '../../src/index.js'

/** Every span of every quote points into the article text and gives back its own text. */
export function expectQuoteInvariants(article: Article, quotes: readonly Quote[], terms: readonly MarkedTerm[] = []): void {
  const {text} = article
  const boilerplate = article.blocks.filter((block) => block.kind === 'boilerplate')
  for (const quote of [...quotes, ...terms]) {
    expect(quote.start).toBeGreaterThanOrEqual(0)
    expect(quote.end).toBeGreaterThan(quote.start)
    expect(quote.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(quote.start, quote.end)).toBe(quote.text)
    // Boilerplate ("Also Read: …") never yields quotes.
    expect(boilerplate.some((block) => quote.start >= block.start && quote.end <= block.end)).toBe(false)
  }
  for (const quote of quotes) {
    expect(quote.confidence).toBeGreaterThanOrEqual(0)
    expect(quote.confidence).toBeLessThanOrEqual(1)
    for (const span of [quote.cue, quote.channel, quote.speaker?.mention]) {
      if (!span) continue
      expect(span.start).toBeGreaterThanOrEqual(0)
      expect(span.end).toBeLessThanOrEqual(text.length)
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
    if (quote.speaker) expect(quote.speaker.name.length).toBeGreaterThan(0)
    // The contract is plain JSON.
    expect(JSON.parse(JSON.stringify(quote))).toEqual(quote)
  }
}
