import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {stripInert} from '../../src/lib/html/strip-inert.js'

const story = '<p>Mayor Dana Okafor of Riverton said the harbour wall would be rebuilt by spring, and that the council had set aside the money for it last week.</p>'

describe('stripInert', () => {
  it('drops comments, scripts, style sheets and the drawing inside svg icons', () => {
    const page = `<html><head><style>p { color: red }</style><script>var a = "<p>x</p>"</script></head><body><!-- ad slot --><svg viewBox="0 0 1 1"><path d="M0"/><title>Share</title></svg>${story}</body></html>`
    expect(stripInert(page)).toBe(`<html><head></head><body><svg viewBox="0 0 1 1"></svg>${story}</body></html>`)
  })

  it('keeps JSON-LD, which the metadata reads', () => {
    const page = '<head><script type="application/ld+json">{"headline": "Wall rebuilt"}</script><script src="x.js"></script></head>'
    expect(stripInert(page)).toBe('<head><script type="application/ld+json">{"headline": "Wall rebuilt"}</script></head>')
  })

  it('reads markup-like text inside scripts, titles and quoted attributes as text', () => {
    expect(stripInert('<script>if (a < b) document.write("<!-- x")</script><p>kept</p>')).toBe('<p>kept</p>')
    expect(stripInert('<title>Tips: <!-- and <script></title><p>kept</p>')).toBe('<title>Tips: <!-- and <script></title><p>kept</p>')
    expect(stripInert('<div class="a > b <!-- c">kept</div>')).toBe('<div class="a > b <!-- c">kept</div>')
  })

  it('drops attributes nothing reads, and keeps those Readability or the metadata read', () => {
    expect(stripInert('<div class="story" data-track="x > y" onclick="go()" aria-label="Story" title="t">Riverton</div>'))
      .toBe('<div class="story"    >Riverton</div>')
    expect(stripInert('<a href="/marle" target=_blank rel="author" tabindex=0>Sara Lund</a>')).toBe('<a href="/marle"  rel="author" >Sara Lund</a>')
    expect(stripInert('<head><meta name="author" content="Omar Reyes"></head><input name="q" type="text" value="Varik" width=4>')).toBe('<head><meta name="author" content="Omar Reyes"></head><input    >')
    expect(stripInert('<span aria-hidden="true" style="display:none" data-instgrm-permalink="p">x</span>')).toBe('<span aria-hidden="true" style="display:none" data-instgrm-permalink="p">x</span>')
    // Image and embed attributes are read by value (lazy images, video links), inside <object> too.
    expect(stripInert('<img data-src="a.jpg" title="t"><object data-x="v"><div data-y="w"></div></object><p data-z="1">x</p>'))
      .toBe('<img data-src="a.jpg" title="t"><object data-x="v"><div data-y="w"></div></object><p >x</p>')
  })

  it('leaves a tag whose end it reads otherwise as it was', () => {
    expect(stripInert('<div data-a="1" b="2>x</div>')).toBe('<div data-a="1" b="2>x</div>')
  })

  it('leaves markup it cannot be sure of as it was', () => {
    expect(stripInert('<svg><path d="M0"/><p>no end tag</p>')).toBe('<svg><path d="M0"/><p>no end tag</p>')
    expect(stripInert('<svg/><p>kept</p>')).toBe('<svg/><p>kept</p>')
    expect(stripInert('<script/><p>kept</p>')).toBe('<script/><p>kept</p>')
    expect(stripInert('<p>a < b</p>')).toBe('<p>a < b</p>')
  })

  it('does not split a paragraph where a comment stood', () => {
    const article = parseArticle(`<html><body><article><div>By <!-- author -->Dana Okafor</div>${story}</article></body></html>`, {format: 'html'})
    expect(article.text).not.toMatch(/By\n\nDana/)
    expect(article.text).toContain('Mayor Dana Okafor of Riverton said')
  })
})
