import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {unmappedBlocks} from './source-check.js'

// Blocks are traced back to the page's elements through Readability, which renames
// some elements and, when a first attempt finds little text, rebuilds the page from
// its own HTML: each block's path must still lead to the element that holds it.
describe('source map through Readability', () => {
  it('traces a short story that Readability reads again after rebuilding the page', () => {
    // Under 500 characters, so Readability tries again on a rebuilt page; the "extra"
    // box is skipped by its first attempt only, so the longer second one is kept.
    const html = `<!DOCTYPE html><html><head><title>Ferry fares</title></head><body>
      <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
      <div class="content"><div class="story">
        <p>The Riverton ferry will cost two dollars more from June, the harbour board said on Tuesday after a long meeting.</p>
        <p>Board chair Dana Okafor said fuel had doubled in price since the last change and that the old fare no longer covered the crossing.</p>
        <div class="extra"><p>Commuters who ride every day can still buy a monthly pass at the old price until the end of the summer, she said.</p></div>
      </div></div>
      <footer>Riverton Notes</footer></body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(article.text).toContain('two dollars more')
    expect(unmappedBlocks(html, article)).toEqual([])
    const paths = (article.sourceMap ?? []).filter((_, index) => article.blocks[index]?.kind === 'paragraph').map((entry) => entry.path)
    expect(paths).toEqual([
      'html > body > div > div > p:nth-of-type(1)',
      'html > body > div > div > p:nth-of-type(2)',
      'html > body > div > div > div > p'
    ])
  })

  it('traces text in a renamed element (a one-cell table read as a paragraph) to that element', () => {
    const sentence = 'Council members in Eastbrook voted to keep the library open on Sundays after residents filled the hall to ask for it. '
    const html = `<!DOCTYPE html><html><head><title>Library hours</title></head><body><main><article>
      <p>${sentence.repeat(2)}</p>
      <table><tbody><tr><td>The vote was seven to two, and the new hours start in <b>March</b>. ${sentence}</td></tr></tbody></table>
      <p>${sentence.repeat(2)}</p>
      </article></main></body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(unmappedBlocks(html, article)).toEqual([])
    const cell = article.blocks.findIndex((block) => block.text.startsWith('The vote was seven'))
    expect(article.sourceMap?.[cell]).toMatchObject({path: 'html > body > main > article > table > tbody > tr > td', node: 'td'})
  })
})
