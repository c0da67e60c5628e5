import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {EnglishParser} from '../../src/lib/article/english-parser.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

const original = new ParseEnglish()
const parser = new EnglishParser()

// Every class parse-latin knows, joiners, line breaks, surrogates (paired and lone), repeats.
const pieces = fc.constantFrom('a', 'Z', '9', 'é', '\u0301', "'", '’', '-', '.', '...', '!', '?', '…', '&', '/', ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\u00a0', ',', '“', '”', '"', '$', '%', '+', '©', '😀', '😀😀', '𝐀', '\ud835', '\udc00', 'U.S.', "don't", 'Dec. 29', 'e.g.', 'Mr. Smith', '1:00 p.m.', 'w/', "rock 'n' roll", 'Ж')
const soup = fc.array(fc.oneof({arbitrary: pieces, weight: 9}, {arbitrary: fc.string({unit: 'binary', maxLength: 4}), weight: 1}), {maxLength: 50}).map((parts) => parts.join(''))

describe('EnglishParser', () => {
  test('builds the same tree as parse-english on any text', () => {
    fc.assert(fc.property(soup, (text) => {
      const tree = parser.parse(text)
      const expected = original.parse(text)
      expect(tree).toEqual(expected)
      // Same keys in the same order, too.
      expect(JSON.stringify(tree)).toBe(JSON.stringify(expected))
    }), fuzzRuns(2000))
  })
  test('builds the same tree as parse-english on the sample articles', () => {
    const folder = new URL('../../../../seeds/', import.meta.url)
    const blocks = readdirSync(folder).flatMap((name) => readFileSync(new URL(name, folder), 'utf8').split(/\n\s*\n/))
    expect(blocks.length).toBeGreaterThan(20)
    for (const block of blocks) expect(JSON.stringify(parser.parse(block))).toBe(JSON.stringify(original.parse(block)))
  })
  test('keeps the start point a word shares with its text node', () => {
    const tree = parser.parse('Hello there.')
    const word = tree.children[0]!.type === 'ParagraphNode' ? tree.children[0]!.children[0] : null
    const first = word && word.type === 'SentenceNode' ? word.children[0] : null
    expect(first?.type).toBe('WordNode')
    if (first?.type === 'WordNode') expect(first.children[0]!.position!.start).toBe(first.position!.start)
  })
})
