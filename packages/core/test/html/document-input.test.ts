import {JSDOM} from 'jsdom'
import {afterEach, describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {parseHtml} from '../../src/lib/html/dom-platform.js'

// An invented page: a headline, a byline, a share bar and three story paragraphs.
const page = `<!DOCTYPE html><html><head><title>Riverton opens its new bridge</title>
<meta property="og:site_name" content="Riverton Ledger"><meta name="author" content="Sam Ibe"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Riverton opens its new bridge</h1><p class="byline">By Sam Ibe</p>
<p>RIVERTON — The new river bridge opened on Monday after four years of work, the city said.</p>
<div class="share">Share on X</div>
<p>"It joins the two halves of our town," Mayor Dana Okafor told reporters at the opening.</p>
<p>About 12,000 cars are expected to cross it each day, according to the transport office.</p>
</article><footer>© Riverton Ledger</footer></body></html>`

const jsdomParser = new JSDOM('').window.DOMParser
const saved = (globalThis as {DOMParser?: unknown}).DOMParser

afterEach(() => {
  (globalThis as {DOMParser?: unknown}).DOMParser = saved
})

/** What an article says, without its id (which hashes the same inputs either way). */
function content(article: ReturnType<typeof parseArticle>) {
  const {text, blocks, title, byline, source, format, sentences} = article
  return {text, blocks, title, byline, source, format, sentences: sentences.length}
}

describe('parseArticle given a Document', () => {
  it('reads it as the same page given as a string, and leaves it unchanged', () => {
    const document = new jsdomParser().parseFromString(page, 'text/html')
    const before = document.documentElement.outerHTML
    const fromDocument = parseArticle(document)
    expect(content(fromDocument)).toEqual(content(parseArticle(page)))
    expect(fromDocument.format).toBe('html')
    expect(document.documentElement.outerHTML).toBe(before)
  })

  it('takes metadata that wins over the page, as for a string', () => {
    const document = new jsdomParser().parseFromString(page, 'text/html')
    const article = parseArticle(document, {metadata: {outlet: 'The Okafor Post', published: '2031-05-04'}})
    expect(article.source.outlet).toBe('The Okafor Post')
    expect(article.published).toBe('2031-05-04')
  })
})

describe('the browser build\'s parser (the platform DOMParser)', () => {
  it('gives the same article as the default parser', () => {
    (globalThis as {DOMParser?: unknown}).DOMParser = jsdomParser
    const document = parseHtml(page)
    expect(content(parseArticle(document))).toEqual(content(parseArticle(page)))
  })

  it('says what to do where there is no DOMParser (a Web Worker)', () => {
    (globalThis as {DOMParser?: unknown}).DOMParser = undefined
    expect(() => parseHtml('<p>Hi</p>')).toThrow(/pass the Document to parseArticle/)
  })
})
