import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleError, parseArticle} from '../../src/index.js'
import type {Article} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'
import {unmappedBlocks} from './source-check.js'

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')
const parse = (html: string): Article => parseArticle(html, {format: 'html'})
const story = (article: Article) => article.blocks.filter((block) => block.kind !== 'boilerplate')

describe('a news page with page furniture', () => {
  const html = fixture('news-page.html')
  const article = parse(html)

  it('reads metadata from JSON-LD, Open Graph, the canonical link and <html lang>', () => {
    expect(article.title).toBe('Leaders agree to talks after a two-hour call')
    expect(article.byline).toBe('Jane Doe, Omar Haddad')
    expect(article.published).toBe('2025-12-29T18:04:00Z')
    expect(article.source).toEqual({outlet: 'The Daily Ledger', url: 'https://www.dailyledger.example/world/2025/12/29/leaders-talks', domain: 'dailyledger.example'})
    expect(article.language).toBe('en-GB')
    expect(article.dateline).toBe('WASHINGTON')
  })

  it('keeps page furniture out of the story blocks', () => {
    const text = story(article).map((block) => block.text).join('\n')
    for (const furniture of ['Share on', 'Also Read', 'Advertisement', 'newsletter', 'Sign up', 'cookies', 'Related', 'Ceasefire talks collapse', 'Prisoner exchange brings', 'Photograph:', 'Palais des Nations', 'All rights reserved', 'Politics', 'By Jane Doe', 'PressSec']) {
      expect(text).not.toContain(furniture)
    }
    expect(text).toContain('The two presidents agreed on Monday')
    expect(text).toContain('Analysts in Brussels said')
  })

  it('gives each block its kind', () => {
    const find = (start: string) => article.blocks.find((block) => block.text.startsWith(start))
    expect(find('What comes next')).toMatchObject({kind: 'heading', depth: 2})
    expect(find('A ceasefire along')).toMatchObject({kind: 'list-item'})
    expect(find('We will not accept')).toMatchObject({kind: 'blockquote'})
    expect(find('Productive call today')).toMatchObject({kind: 'embed', author: 'Rosaline Larkins', handle: 'PressSec'})
    expect(find('— Rosaline Larkins')).toMatchObject({kind: 'boilerplate', reason: 'embed-signature'})
    expect(find('Delegates arrive')).toMatchObject({kind: 'boilerplate', reason: 'caption'})
    expect(find('Also Read')).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(find('Advertisement')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(find('WASHINGTON (Reuters) —')).toMatchObject({kind: 'boilerplate', reason: 'dateline'})
    // The title is metadata, not a heading of the body.
    expect(article.blocks.some((block) => block.text === article.title)).toBe(false)
  })

  it('keeps offsets and the source map exact', () => {
    expectArticleInvariants(article)
    expect(article.sourceMap).toHaveLength(article.blocks.length)
    article.blocks.forEach((block, index) => {
      expect(article.sourceMap![index]).toMatchObject({start: block.start, end: block.end})
    })
    expect(unmappedBlocks(html, article)).toEqual([])
    expect(article.sourceMap!.find((entry) => entry.start === story(article)[1]!.start)).toMatchObject({
      path: 'html > body > main > article > div:nth-of-type(2) > p:nth-of-type(2)',
      node: 'p'
    })
  })

  it('joins blocks with blank lines, white space collapsed, entities decoded', () => {
    for (const block of article.blocks) expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim())
    expect(article.text).toContain('“It was a frank and useful conversation,”')
    expect(article.text).toContain('\n\nThe call, the third since October')
  })
})

describe('metadata', () => {
  it('reads meta tags, strips the site from the title and "By" from the byline', () => {
    const article = parse(fixture('meta-tags-only.html'))
    expect(article).toMatchObject({title: 'Port strike ends after deal on wages', byline: 'Li Wei', published: '2024-03-05', language: 'en'})
    expect(article.source.outlet).toBe('Harbour Times')
    expect(article.blocks.find((block) => block.text.startsWith('Read more'))).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
  })

  it('reads JSON-LD arrays with a string author and a written date; embeds from Instagram', () => {
    const html = fixture('instagram-embed.html')
    const article = parse(html)
    expect(article).toMatchObject({title: 'Singer announces world tour', byline: 'Sam Reyes', published: '2024-03-03'})
    expect(article.blocks.find((block) => block.kind === 'embed')).toMatchObject({author: 'Mara Lind', handle: 'maralind'})
    expect(unmappedBlocks(html, article)).toEqual([])
  })

  it('reads a microdata <time>, key-points boxes, wire credits and related lists in the body', () => {
    const html = fixture('key-points-microdata.html')
    const article = parse(html)
    expect(article).toMatchObject({title: 'Floods close schools in three districts', published: '2024-07-08T09:30:00+05:30', dateline: 'GUWAHATI', language: 'en-IN'})
    const kinds = article.blocks.map((block) => [block.kind, block.reason ?? (block.summary ? 'summary' : ''), block.text.slice(0, 24)])
    expect(kinds).toEqual([
      ['boilerplate', 'key-points', 'Key points'],
      ['list-item', 'summary', 'Schools in three distric'],
      ['list-item', 'summary', 'More rain is forecast fo'],
      ['boilerplate', 'dateline', 'GUWAHATI:'],
      ['paragraph', '', 'Schools in three distric'],
      ['paragraph', '', 'More than 40,000 people '],
      ['boilerplate', 'wire-credit', '(With inputs from agenci'],
      ['boilerplate', 'related-link', 'Related stories'],
      ['boilerplate', 'related-link', 'Monsoon arrives early in'],
      ['boilerplate', 'related-link', 'How the state prepares f'],
      ['paragraph', '', 'The weather office has f']
    ])
    expectArticleInvariants(article)
    expect(unmappedBlocks(html, article)).toEqual([])
  })

  it('prefers the caller’s metadata', () => {
    const article = parseArticle(fixture('meta-tags-only.html'), {format: 'html', metadata: {outlet: 'HT', title: 'Strike over'}})
    expect(article.title).toBe('Strike over')
    expect(article.source.outlet).toBe('HT')
  })
})

describe('pages with little or broken markup', () => {
  it('reads a fragment with no <html> or <body>', () => {
    const html = '<h1>Short note</h1><p>The council approved the budget on Tuesday by seven votes to two.</p>'
    const article = parse(html)
    expect(story(article).map((block) => block.text)).toContain('The council approved the budget on Tuesday by seven votes to two.')
    expectArticleInvariants(article)
    expect(unmappedBlocks(html, article)).toEqual([])
  })

  it('throws no-article for a page without text', () => {
    for (const html of ['<html><body><img src="a.png"><script>var a = 1</script></body></html>', '<div>   </div>', '<br><br><hr>']) {
      expect(() => parse(html)).toThrow(ArticleError)
      try {
        parse(html)
      } catch (error) {
        expect((error as ArticleError).code).toBe('no-article')
      }
    }
  })

  it('never throws anything but ArticleError on malformed markup', () => {
    const soup = [
      '<p>Unclosed <b>bold <i>and italic <p>next paragraph with some words in it',
      '<html><p>outside body</p></html>',
      '<head><title>T</title></head><p>After head only</p>',
      '<table><tr><td>cell one<td>cell two</table><p>text after a table',
      '<<<>>><p>>>>text<</p>',
      '<div' + '<div>'.repeat(3000) + 'deep text',
      '<svg><p>in svg</p></svg><math><mi>x</mi></math>',
      '<script>document.write("<p>")</script><p>after script',
      '<!-- unclosed comment <p>hidden',
      '<![CDATA[ x ]]><p>cdata</p>',
      '<p>' + 'word '.repeat(20000) + '</p>',
      '\u0000\u0001<p>control</p>',
      '<blockquote class="twitter-tweet">&mdash; (@) </blockquote>',
      '<script type="application/ld+json">{"@type": ["NewsArticle"], "author": [null, 3, {"name": {}}], "@graph": 5}</script><p>json-ld junk around a paragraph of text</p>',
      '<meta property="og:title" content="&amp;amp;&#99999999;"><p>odd entities</p>'
    ]
    for (const html of soup) {
      try {
        const article = parse(html)
        expectArticleInvariants(article)
      } catch (error) {
        expect(error).toBeInstanceOf(ArticleError)
      }
    }
  })
})
