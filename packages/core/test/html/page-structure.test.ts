import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeBytes, decodeText, parseArticle} from '../../src/index.js'
import type {Article} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'

const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'html', name)))
const page = (name: string): Article => parseArticle(decodeText(bytesOf(name)), {format: 'html'})
const storyText = (article: Article) => article.blocks.filter((block) => block.kind !== 'boilerplate').map((block) => block.text).join('\n')

describe('decoding saved pages', () => {
  it('reads a page declared windows-1252 by http-equiv', () => {
    const decoded = decodeBytes(bytesOf('windows-1252.html'))
    expect(decoded).toMatchObject({encoding: 'windows-1252', from: 'declared', messages: []})
    expect(decoded.text).toContain('“We have waited years for this,” said Renée Dubois, who runs a café on Harbor Street — one')
  })

  it('reads a page declared ISO-8859-1 by <meta charset> as browsers do (windows-1252)', () => {
    const decoded = decodeBytes(bytesOf('iso-8859-1.html'))
    expect(decoded).toMatchObject({encoding: 'windows-1252', from: 'declared'})
    expect(decoded.text).toContain('led by José Ibáñez')
    expect(decoded.text).toContain('«It was a long year,»')
  })

  it('replaces two stray bytes in a UTF-8 page and warns, rather than refusing it', () => {
    const decoded = decodeBytes(bytesOf('utf8-stray-bytes.html'))
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text.match(/\uFFFD/g)).toHaveLength(2)
    expect(decoded.text).toContain('Anaïs Moreau')
    expect(decoded.messages).toEqual([expect.objectContaining({ruleId: 'decode-invalid-bytes', reason: expect.stringContaining('found 2 invalid byte sequences')})])
  })

  it('guesses windows-1252 for undeclared bytes that are not UTF-8, with a warning', () => {
    const decoded = decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]))
    expect(decoded).toMatchObject({text: 'café “ok”', encoding: 'windows-1252', from: 'detected'})
    expect(decoded.messages[0]).toMatchObject({ruleId: 'decode-guessed', reason: expect.stringContaining('offset 3')})
  })

  it('reads valid UTF-8 as UTF-8 whatever the page declares', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1252"><p>Zoë said “yes”.</p>')
    expect(decodeBytes(bytes)).toMatchObject({text: '<meta charset="windows-1252"><p>Zoë said “yes”.</p>', encoding: 'utf-8', messages: []})
  })

  it('parses each decoded page into a valid article', () => {
    for (const name of ['windows-1252.html', 'iso-8859-1.html', 'utf8-stray-bytes.html']) {
      const article = page(name)
      expectArticleInvariants(article)
      expect(storyText(article).length).toBeGreaterThan(100)
    }
  })
})

describe('page structures that used to throw a correct pick away', () => {
  it('keeps a story whose container has a "read-more" class', () => {
    const article = page('read-more-container.html')
    expect(storyText(article)).toContain('Mayor Dana Okafor of Riverton opened the new footbridge')
    expect(storyText(article)).toContain('most of it from a state grant')
    expect(storyText(article)).not.toContain('Council approves the budget')
  })

  it('reads a page that wraps all its content in <header>', () => {
    const article = page('header-wrapped.html')
    expectArticleInvariants(article)
    expect(storyText(article)).toContain('More than thirty thousand visitors came to the Lakeview harbor festival')
    expect(storyText(article)).toContain('The committee will meet next month')
  })
})

describe('metadata', () => {
  it('takes the date from the URL when the page gives no other', () => {
    expect(page('date-in-url.html').published).toBe('2026-05-12')
  })

  it('never takes the publisher for the author, and keeps a zone-less date as written', () => {
    const article = page('byline-publisher.html')
    expect(article.byline).toBeNull()
    expect(article.title).toBe('Council approves new bus routes')
    expect(article.published).toBe('2026-05-12T09:30:00')
    expect(storyText(article)).not.toContain('Riverton Courier Staff')
  })
})
