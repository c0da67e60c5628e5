import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {flattenDeepNesting, maxDepth} from '../../src/lib/html/nesting-guard.js'

const story = '<p>Mayor Dana Okafor of Riverton said on Monday that the ferry would run again in May. “We owe the islanders that much,” she said at the harbour.</p>'

describe('HTML nested past the parser\'s linear range', () => {
  test('a page nested thousands deep keeps its text, with a message, and offsets still hold', () => {
    const html = `<html><body><article>${'<div>'.repeat(5000)}${story}${'</div>'.repeat(5000)}</article></body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(article.text).toContain('the ferry would run again in May')
    expect(article.messages.some((message) => message.ruleId === 'html-too-deep')).toBe(true)
  })

  test('blanking keeps the length and every tag up to the limit', () => {
    const html = '<div>'.repeat(maxDepth + 3) + 'x' + '</div>'.repeat(maxDepth + 3)
    const {html: flat, blanked} = flattenDeepNesting(html)
    expect(flat).toHaveLength(html.length)
    expect(blanked).toBe(6)
    expect(flat.match(/<div>/g)).toHaveLength(maxDepth)
    expect(flat.match(/<\/div>/g)).toHaveLength(maxDepth)
  })

  test('an ordinary page is left as it is, unclosed paragraphs and list items included', () => {
    const html = `<html><body><article><h1>Ferry</h1>${'<p>One more line of the story.'.repeat(3000)}<ul>${'<li>item'.repeat(3000)}</ul>${story}</article></body></html>`
    expect(flattenDeepNesting(html)).toEqual({html, blanked: 0})
    expect(parseArticle(html, {format: 'html'}).messages.some((message) => message.ruleId === 'html-too-deep')).toBe(false)
  })
})
