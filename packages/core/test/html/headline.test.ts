import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {fallbackTitle, pickHeadline} from '../../src/lib/html/headline.js'

const body = '<p>Mayor Dana Okafor of Riverton said the harbour wall would be rebuilt by spring, and that the council had set aside the money for it last week.</p><p>Work starts in March, the council said on Tuesday.</p>'

describe('pickHeadline', () => {
  it('takes the card title when the structured headline only adds a tail of names', () => {
    expect(pickHeadline({headline: 'Harbour wall to be rebuilt - Dana Okafor - Riverton Notes'}, '', 'Harbour wall to be rebuilt')).toBe('Harbour wall to be rebuilt')
  })

  it('keeps a structured headline whose extra words are a subtitle or a different title', () => {
    expect(pickHeadline({headline: 'Harbour wall: what the rebuild means for you'}, '', 'Harbour wall')).toBe('Harbour wall: what the rebuild means for you')
    expect(pickHeadline({headline: 'Harbour wall to be rebuilt'}, '', 'Riverton council news')).toBe('Harbour wall to be rebuilt')
    expect(pickHeadline({}, '', 'Harbour wall')).toBeUndefined()
  })
})

describe('fallbackTitle', () => {
  it("restores what Readability cut before a colon when the title has a dash separator", () => {
    expect(fallbackTitle('Building the Harbour Wall — Riverton Notes', 'Tidewater: Building the Harbour Wall — Riverton Notes')).toBe('Tidewater: Building the Harbour Wall — Riverton Notes')
  })

  it("keeps Readability's title otherwise", () => {
    expect(fallbackTitle('Building the Harbour Wall', 'Riverton Notes: Building the Harbour Wall')).toBe('Building the Harbour Wall')
    expect(fallbackTitle('Building the Harbour Wall', 'Building the Harbour Wall')).toBe('Building the Harbour Wall')
  })

  it('gives a page without title metadata its whole short title', () => {
    const article = parseArticle(`<html><head><title>Tidewater: The Harbour Wall — Riverton Notes</title></head><body><article>${body}</article></body></html>`, {format: 'html'})
    expect(article.title).toBe('Tidewater: The Harbour Wall — Riverton Notes')
  })
})

describe('JSON-LD text', () => {
  it('decodes the character references a JSON-LD headline carries (script text is not decoded)', () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"&#8216;Open water&#8217; &#8211; the ferry&nbsp;returns","author":{"@type":"Person","name":"Ruth M&#233;ndez"}}'
    const article = parseArticle(`<html><head><script type="application/ld+json">${ld}</script></head><body><article>${body}</article></body></html>`, {format: 'html'})
    expect(article.title).toBe('‘Open water’ – the ferry returns')
    expect(article.byline).toBe('Ruth Méndez')
  })
})
