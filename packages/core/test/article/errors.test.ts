import {describe, expect, test} from 'vitest'
import {ArticleError, decodeBytes, decodeText, detectFormat, parseArticle} from '../../src/index.js'
import {withinLimits} from '../../src/lib/errors.js'

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof ArticleError) return error.code
    throw error
  }
  return 'no error'
}

describe('limits of the engine', () => {
  test('a stack overflow while reading comes out as an ArticleError, not a RangeError', () => {
    const deep = (n: number): number => n <= 0 ? 0 : 1 + deep(n - 1)
    expect(codeOf(() => withinLimits(() => deep(1e7)))).toBe('too-complex')
    expect(codeOf(() => withinLimits(() => 'x'.repeat(2 ** 30)))).toBe('too-complex')
  })
  test('other errors pass through unchanged', () => {
    expect(() => withinLimits(() => { throw new TypeError('not mine') })).toThrow(TypeError)
    expect(withinLimits(() => 3)).toBe(3)
  })
})

describe('input that cannot be used', () => {
  test('empty and whitespace-only', () => {
    expect(codeOf(() => parseArticle(''))).toBe('empty')
    expect(codeOf(() => parseArticle(' \n\t\n '))).toBe('empty')
  })
  test('binary', () => {
    expect(codeOf(() => parseArticle('PK\u0003\u0004\u0000\u0000abc'))).toBe('binary')
    expect(codeOf(() => parseArticle('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(3)))).toBe('binary')
    expect(codeOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x00, 0x01])))).toBe('binary')
  })
  test('bytes that are not UTF-8 are read as windows-1252, with a warning naming the offset', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]))).toMatchObject({text: 'café ', messages: [{ruleId: 'decode-guessed', reason: expect.stringContaining('offset 3')}]})
    expect(decodeText(new TextEncoder().encode('\uFEFFcafé'))).toBe('café')
  })
  test('over the size limit', () => {
    expect(codeOf(() => parseArticle('word '.repeat(100), {maxLength: 100}))).toBe('too-large')
  })
  test('HTML with no article', () => {
    expect(codeOf(() => parseArticle('<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>'))).toBe('no-article')
  })
  test('JSON problems are listed one by one', () => {
    expect(codeOf(() => parseArticle('{"text": ', {format: 'json'}))).toBe('invalid-json')
    try {
      parseArticle('{"body": 5, "title": ["a"], "publisher": {"name": 3}}', {format: 'json'})
      expect.unreachable()
    } catch (error) {
      expect((error as ArticleError).code).toBe('invalid-article')
      expect((error as ArticleError).issues).toEqual([
        '$.body: expected string, found number',
        '$.title: expected string, found an array',
        '$.publisher.name: expected string, found number'
      ])
    }
  })
  test('only boilerplate is no article', () => {
    expect(codeOf(() => parseArticle('Advertisement\n\nAlso Read: Something Else'))).toBe('no-article')
  })
})

describe('JSON articles', () => {
  test('metadata from the object, spans into its text', () => {
    const article = parseArticle(JSON.stringify({text: 'The council met on Tuesday.\nIt voted 7 to 2.', title: 'Council votes', publisher: {name: 'Example News'}, url: 'https://www.example.com/a', date: '2025-01-02'}))
    expect(article.format).toBe('json')
    expect(article.title).toBe('Council votes')
    expect(article.source).toEqual({outlet: 'Example News', url: 'https://www.example.com/a', domain: 'example.com'})
    expect(article.published).toBe('2025-01-02')
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['The council met on Tuesday.', 'It voted 7 to 2.'])
  })
  test('metadata given by the caller wins', () => {
    const article = parseArticle('Title Here\n\nBody text goes here.', {metadata: {title: 'Given', outlet: 'Outlet'}})
    expect(article.title).toBe('Given')
    expect(article.source.outlet).toBe('Outlet')
  })
})

describe('detectFormat', () => {
  test.each([
    ['<!doctype html><html><body><p>x</p></body></html>', null, 'html'],
    ['{"text": "x"}', null, 'json'],
    ['---\ntitle: x\n---\n\nBody', null, 'markdown'],
    ['# Title\n\nSome [link](http://x.y) and **bold**.', null, 'markdown'],
    ['Plain text. Nothing else.', null, 'text'],
    ['<p>looks like html</p>', 'story.txt', 'text'],
    ['anything', 'page.HTM', 'html']
  ] as const)('%j (%s) is %s', (input, fileName, format) => {
    expect(detectFormat(input, fileName)).toBe(format)
  })
})

describe('article ids', () => {
  test('stable for the same input, different for different text', () => {
    const a = parseArticle('The council met on Tuesday.')
    expect(parseArticle('The council met on Tuesday.').id).toBe(a.id)
    expect(parseArticle('The council met on Wednesday.').id).not.toBe(a.id)
    expect(a.id).toMatch(/^[0-9a-f]{16}$/)
  })
})
