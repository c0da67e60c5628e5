import {describe, test} from 'vitest'
import {parseArticle, type Article} from '../../src/index.js'
import {expectFixture, fixtureCases} from '../helpers/fixtures.js'
import {expectArticleInvariants} from '../helpers/invariants.js'

/** What a structure fixture pins: metadata and blocks, not ids or words. */
function structure(article: Article) {
  return {
    title: article.title,
    byline: article.byline,
    published: article.published,
    dateline: article.dateline,
    blocks: article.blocks.map((block) => ({
      kind: block.kind,
      ...(block.depth ? {depth: block.depth} : {}),
      ...(block.reason ? {reason: block.reason} : {}),
      ...(block.summary ? {summary: true} : {}),
      ...(block.author ? {author: block.author, handle: block.handle} : {}),
      text: block.text
    }))
  }
}

describe('plain text structure', () => {
  for (const {name, file, input} of fixtureCases('text', '.txt')) {
    test(name, () => {
      const article = parseArticle(input, {format: 'text'})
      expectArticleInvariants(article)
      expectFixture(file, structure(article))
    })
  }
})

describe('markdown structure', () => {
  for (const {name, file, input} of fixtureCases('markdown', '.md')) {
    test(name, () => {
      const article = parseArticle(input, {fileName: file})
      expectArticleInvariants(article)
      expectFixture(file, {format: article.format, outlet: article.source.outlet, url: article.source.url, language: article.language, ...structure(article)})
    })
  }
})

describe('sentences', () => {
  for (const {name, file, input} of fixtureCases('sentences', '.txt')) {
    test(name, () => {
      const article = parseArticle(input, {format: 'text'})
      expectArticleInvariants(article)
      expectFixture(file, article.sentences.map((sentence) => sentence.text))
    })
  }
})
