import {expect} from 'vitest'
import {findQuotes, parseArticle} from '../../src/index.js'

/**
 * The indirect quotes of a short invented article: content, cue and source name.
 * Every span (content, cue, speaker mention) must point back into the article text.
 */
export function reported(text: string): Array<{text: string, cue: string | null, speaker: string | null}> {
  const article = parseArticle(text, {format: 'text'})
  return findQuotes(article, {indirect: true})
    .filter((quote) => quote.kind === 'indirect')
    .map((quote) => {
      expect(article.text.slice(quote.start, quote.end)).toBe(quote.text)
      if (quote.cue) expect(article.text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
      if (quote.speaker?.mention) expect(article.text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text)
      return {text: quote.text, cue: quote.cue?.text ?? null, speaker: quote.speaker?.name ?? null}
    })
}

/** An opening sentence that names the mayor, so later pronouns and surnames resolve. */
export const intro = 'Mayor Dana Okafor of Riverton spoke on Monday. '

/** The contents of a short invented article's indirect quotes. */
export function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}
