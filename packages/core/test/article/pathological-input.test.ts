import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'
import {normalise, normalisedLongerThan, textOf} from '../../src/lib/html/collect-blocks.js'
import {parseDocument} from '../../src/lib/html/parse-document.js'

// Behaviour on the shapes bench/pathological.mjs times at megabytes, here small.

describe('pathological input keeps its text and its splits', () => {
  test('"No. 2" repeated past a parser piece is one sentence holding every word', () => {
    const input = 'No. 2 '.repeat(3000).trimEnd()
    const article = parseArticle(input, {format: 'text'})
    expect(article.sentences).toHaveLength(1)
    const [sentence] = article.sentences
    expect(sentence!.text).toBe(input)
    expect(sentence!.words).toHaveLength(6000)
    for (const word of sentence!.words) expect(input.slice(word.start, word.end)).toBe(word.text)
    expectArticleInvariants(article)
  })

  test('a number abbreviation joins the number after it, and only that', () => {
    const article = parseArticle('The mayor ranked No. 2 in the poll. Her rival was No. 5 and read Vol. 3 twice.', {format: 'text'})
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'The mayor ranked No. 2 in the poll.',
      'Her rival was No. 5 and read Vol. 3 twice.'
    ])
    expect(article.sentences[1]!.words.map((word) => word.text)).toEqual(['Her', 'rival', 'was', 'No', '5', 'and', 'read', 'Vol', '3', 'twice'])
  })

  test('tables nested thousands deep keep their text', () => {
    const html = `<html><body>${'<table><tr><td>'.repeat(3000)}The ferry runs again, the harbour board said.${'</td></tr></table>'.repeat(3000)}</body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(article.text).toContain('The ferry runs again, the harbour board said.')
    expectArticleInvariants(article)
  })

  test('a page of more elements than Readability is given is read whole, with a message', () => {
    const html = `<html><body><article><h1>Ferry</h1>${'<p>The board met.</p>'.repeat(51_000)}<p>The ferry runs again.</p></article></body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(article.messages.map((message) => message.ruleId)).toContain('html-too-large')
    expect(article.text).toContain('The ferry runs again.')
    expect(article.blocks.filter((block) => block.text === 'The board met.')).toHaveLength(51_000)
  }, 60_000)

  test('the bounded text length agrees with the text it bounds', () => {
    const document = parseDocument('<html><body><div id="x">  The <b>ferry</b>\n\n runs<br>again. <div>\u00a0Said  the board.</div><script>x()</script> </div></body></html>')
    const element = document.getElementById('x')!
    const length = normalise(textOf(element)).length
    for (const limit of [0, 5, length - 1, length, length + 1, 1000]) expect(normalisedLongerThan(element, limit)).toBe(length > limit)
  })
})
