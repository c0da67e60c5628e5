import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleError, parseArticle} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'
import {unmappedBlocks} from './source-check.js'

/** Mozilla Readability's test pages (Apache-2.0), in ../shared beside the checkout (skipped where absent). */
const root = process.env.READABILITY_PAGES ?? path.join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'readability-pages')
const index: Array<{dir: string; readerable: boolean}> = existsSync(path.join(root, 'INDEX.json')) ? JSON.parse(readFileSync(path.join(root, 'INDEX.json'), 'utf8')) : []

describe.skipIf(index.length === 0)('Readability test pages', () => {
  let blocks = 0
  let unmapped = 0

  it.each(index)('parses $dir', ({dir, readerable}) => {
    const html = readFileSync(path.join(root, dir, 'source.html'), 'utf8')
    let article
    try {
      article = parseArticle(html, {format: 'html'})
    } catch (error) {
      // No article is a fair answer only for pages Readability itself finds unreadable.
      expect(error).toBeInstanceOf(ArticleError)
      expect({dir, code: (error as ArticleError).code, readerable}).toEqual({dir, code: 'no-article', readerable: false})
      return
    }
    expectArticleInvariants(article)
    // Paths must resolve to an element of the right tag in the page as given; its text
    // may differ where Readability removed parts of it (footnote marks, pronunciation
    // spans), so containment is counted over all pages below rather than required.
    expect(unmappedBlocks(html, article, false)).toEqual([])
    blocks += article.blocks.length
    unmapped += unmappedBlocks(html, article).length
  })

  it('maps nearly every block to an element that contains its text', () => {
    // Measured: 26 of 4,811 blocks differ (Wikipedia, MathJax, <br>-split text).
    expect(blocks).toBeGreaterThan(1000)
    expect(unmapped / blocks).toBeLessThan(0.02)
  })
})
