import {describe, test} from 'vitest'
import {analyzeQuotes, parseArticle, type MarkedTerm, type Quote} from '../../src/index.js'
import {expectFixture, fixtureCases} from '../helpers/fixtures.js'
import {expectQuoteInvariants} from './invariants.js'

/** What a quote fixture pins: the fields a reader checks, not confidences. */
function summary(quotes: readonly Quote[], terms: readonly MarkedTerm[]) {
  return {
    quotes: quotes.map((quote) => ({
      text: quote.text,
      kind: quote.kind,
      marks: quote.marks,
      speaker: quote.speaker && {name: quote.speaker.name, method: quote.speaker.method, mention: quote.speaker.mention?.text ?? null},
      cue: quote.cue && {text: quote.cue.text, type: quote.cue.type},
      channel: quote.channel && {kind: quote.channel.kind, text: quote.channel.text},
      ...(quote.continued ? {continued: true} : {})
    })),
    terms: terms.map((term) => ({text: term.text, reason: term.reason}))
  }
}

// `UPDATE_FIXTURES=1 npx vitest run packages/core/test/quotes` writes the JSON anew.
describe('quote fixtures', () => {
  for (const {name, file, input} of fixtureCases('quotes', '.txt')) {
    test(name, () => {
      const article = parseArticle(input, {format: 'text'})
      const {quotes, terms} = analyzeQuotes(article, {indirect: name.startsWith('indirect'), nested: name.startsWith('nested-named') ? 'named' : name.startsWith('nested')})
      expectQuoteInvariants(article, quotes, terms)
      expectFixture(file, summary(quotes, terms))
    })
  }
})
