import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {markdownTooComplex} from '../../src/lib/article/markdown-guard.js'

const story = '# Ferry talks resume\n\nThe *harbour board* met on Monday, its chair [Oren Vale](https://example.org) said.\n\n> "We will sign soon," he said.\n\n- one\n  - two\n'

describe('Markdown too complex for the parser', () => {
  test('ordinary Markdown is parsed as Markdown', () => {
    expect(markdownTooComplex(story)).toBeNull()
    const article = parseArticle(story, {format: 'markdown'})
    expect(article.messages.some((m) => m.ruleId === 'markdown-too-complex')).toBe(false)
    expect(article.text).not.toContain('*harbour')
  })

  test.each([
    ['thousands of emphasis marks in a paragraph', '*_'.repeat(5000)],
    ['thousands of unclosed links', '[a]('.repeat(5000)],
    ['block quotes nested thousands deep', '>'.repeat(10000) + ' a'],
    ['lists nested thousands deep', '- '.repeat(10000) + 'a'],
    ['a table of thousands of rows', '| town | votes |\n| --- | --- |\n' + '| Riverton | 12 |\n'.repeat(3000)],
  ])('%s: read as text, with a message, nothing thrown', (_name, input) => {
    const article = parseArticle(`Title\n\n${input}\n\nThe board met.`, {format: 'markdown'})
    expect(article.messages.map((m) => m.ruleId)).toContain('markdown-too-complex')
    expect(article.text).toContain('The board met.')
  })

  test('a table of a hundred rows stays Markdown, and its rows stay out of the text', () => {
    const input = `Title\n\nThe board counted votes.\n\n| town | votes |\n| --- | --- |\n${'| Riverton | 12 |\n'.repeat(100)}\nThe board met.`
    expect(markdownTooComplex(input)).toBeNull()
    const article = parseArticle(input, {format: 'markdown'})
    expect(article.text).toContain('The board met.')
    expect(article.text).not.toContain('Riverton')
  })

  test('the limit is per paragraph: many short paragraphs with marks stay Markdown', () => {
    expect(markdownTooComplex('Some *stress* and [a link](x).\n\n'.repeat(2000))).toBeNull()
  })
})
