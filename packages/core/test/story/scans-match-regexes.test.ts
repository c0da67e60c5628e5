import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {findSyndication} from '../../src/lib/story/find-syndication.js'
import {wholeWordFinder} from '../../src/lib/story/loaded-scan.js'
import {capitalAbbreviations, capitalAndJoinerWords} from '../../src/lib/story/org-scan.js'
import {lookbehindGate} from '../../src/lib/story/regex-gate.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// Capitals, small words, periods, joiners, fold-alike letters (long s, Kelvin sign), astral letters, lone surrogates.
const pieces = fc.constantFrom('A', 'Z', 'N.', 'U.S.', 'NSA', 'Dept.', 'of', 'on', 'and', 'for', 'the', 'often', 'theory', 'x', '_', '1', ' ', '\n', '.',
  '-', "'", '’', '&', 'É', 'é', 'Ж', 'ǅ', '𝐀', '𝐚', '\ud835', '\udc00', 'ſ', '\u212a', 'hoax', 'Regime', 'witch', 'hunt', 'so-called', 'no new', 'details')
const soup = fc.array(fc.oneof({arbitrary: pieces, weight: 9}, {arbitrary: fc.string({unit: 'binary', maxLength: 3}), weight: 1}), {maxLength: 40}).map((parts) => parts.join(''))
const found = (text: string, regex: RegExp) => [...text.matchAll(regex)].map((match) => ({index: match.index, text: match[0]}))
const scanned = ({words, starts}: {words: string[], starts: number[]}) => words.map((text, i) => ({index: starts[i]!, text}))

describe('scans that skip the offsets where no match can start', () => {
  test('body-name words are those the regex finds, where it finds them', () => {
    fc.assert(fc.property(soup, (text) => {
      expect(scanned(capitalAndJoinerWords(text))).toEqual(found(text, /[\p{Lu}][\p{L}’'&.-]*|(?:\p{Lu}\.){2,}|\b(?:of|on|and|for|the)\b/gu))
      expect(scanned(capitalAbbreviations(text))).toEqual(found(text, /(?<![\p{L}.])(?:(?:\p{Lu}\.){2,6}|\p{Lu}{2,6})(?![\p{L}])/gu))
    }), fuzzRuns(3000))
  })

  test('whole-word terms are those the case-insensitive regex finds', () => {
    const alternatives = 'witch\\s+hunt|so-called|regime|hoax|skid'
    const find = wholeWordFinder(alternatives, ['w', 's', 'r', 'h', 's'])
    fc.assert(fc.property(soup, (text) => {
      expect(find(text)).toEqual(found(text, new RegExp(`\\b(?:${alternatives})\\b`, 'giu')))
    }), fuzzRuns(3000))
    // A term opening with no ASCII letter falls back to the regex itself.
    const text = 'the Élan and élan, xélan'
    expect(wholeWordFinder('élan', ['é'])(text)).toEqual(found(text, /\b(?:élan)\b/giu))
  })

  test('a lookbehind gate matches wherever its regex does', () => {
    const regex = /(?<![\p{L}])(?<!\ba\s)(?:no|few)\s+(?:new\s+)?details(?![\p{L}])/iu
    const gate = lookbehindGate(regex)
    expect(gate.source.startsWith('(?<!')).toBe(false)
    fc.assert(fc.property(soup, (text) => {
      if (regex.test(text)) expect(gate.test(text)).toBe(true)
    }), fuzzRuns(3000))
    expect(gate.test('Mayor Dana Okafor said a few details')).toBe(true)
    expect(regex.test('Mayor Dana Okafor said a few details')).toBe(false)
  })
})

describe('MinHash signatures from reused tables', () => {
  const report = 'Mayor Dana Okafor of Riverton said the ferry terminal would reopen on Monday after three weeks of repairs to the harbour wall and the loading ramps.'
  const other = 'The Riverton council voted to delay the budget until the auditors finish their review of the water utility and its pension accounts next spring.'
  const items = (texts: string[]) => texts.map((text, i) => ({file: `f${i}.txt`, article: parseArticle(text, {format: 'text'})}))

  test('the same articles give the same entries, whatever was signed before', () => {
    const story = items([report, report.replace('Monday', 'Tuesday'), other])
    const first = findSyndication(story)
    // A long article in between grows the reused tables; a short one reuses them as they are.
    findSyndication(items([Array.from({length: 400}, (_, i) => `${other} Item ${i}.`).join(' '), 'Too short.']))
    expect(findSyndication(story)).toEqual(first)
    expect(first).toEqual([expect.objectContaining({files: ['f0.txt', 'f1.txt'], reason: 'near-duplicate'})])
  })

  test('articles with no text in common are no near-duplicates of each other', () => {
    expect(findSyndication(items([report, other, `${other} ${other}`]))).toEqual([expect.objectContaining({files: ['f1.txt', 'f2.txt']})])
  })
})
