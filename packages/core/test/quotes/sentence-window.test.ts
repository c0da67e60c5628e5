import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {sentenceWindow} from '../../src/lib/quotes/attribution.js'
import {buildFrames, type FrameToken} from '../../src/lib/quotes/frame.js'
import {scanQuoteMarks} from '../../src/lib/quotes/scan-quote-marks.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// The walk sentenceWindow did per quote before its bounds were kept per frame: the reference.
function walked(tokens: readonly FrameToken[], q: number): [number, number] {
  const endsSentence = (i: number) => tokens[i]!.kind === 'quote' && /[.?!…]\s*["'“”‘’«»]?\s*$/.test(tokens[i]!.text) && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.cap
  const sentence = tokens[q]!.sentence
  let lo = q
  while (lo > 0 && q - lo < 120 && tokens[lo - 1]!.sentence === sentence && tokens[lo - 1]!.kind !== 'end' && !endsSentence(lo - 1)) lo--
  let hi = q
  while (hi + 1 < tokens.length && hi - q < 120 && tokens[hi + 1]!.sentence === sentence && tokens[hi + 1]!.kind !== 'end') hi++
  return [lo, hi]
}

function framesOf(text: string) {
  const article = parseArticle(text, {format: 'text'})
  return buildFrames(article.text, article.blocks, scanQuoteMarks(article.text, article.blocks))
}

const pieces = fc.constantFrom('Mayor Dana Okafor said', ' “The bridge opens.”', ' “soon,”', " 'a'", ' ‘b’', ' Riverton', ' council', '. ', ', ', '; ', '\n\n', ' The', ' she added.', ' “Stop!” ', ' — ', ' "x"')
const article = fc.array(pieces, {maxLength: 300}).map((parts) => `Okafor spoke.${parts.join('')}`)

describe('sentence windows', () => {
  test('are those of the walk, for every token of any text, asked twice', () => {
    fc.assert(fc.property(article, (text) => {
      for (const {tokens} of framesOf(text)) {
        for (let q = 0; q < tokens.length; q++) expect(sentenceWindow(tokens, q)).toEqual(walked(tokens, q))
        for (let q = tokens.length - 1; q >= 0; q--) expect(sentenceWindow(tokens, q)).toEqual(walked(tokens, q))
      }
    }), fuzzRuns(300))
  })

  test('of one frame do not answer for another', () => {
    const [short] = framesOf('Okafor said “yes.” Then she left.')
    const [long] = framesOf(`${'“No,” '.repeat(200)}Okafor said. “Fine.” The council met.`)
    for (const frame of [short!, long!, short!]) for (let q = 0; q < frame.tokens.length; q++) expect(sentenceWindow(frame.tokens, q)).toEqual(walked(frame.tokens, q))
    // A run longer than the reach is cut at 120 tokens each way.
    const middle = long!.tokens.findIndex((t, i) => t.kind === 'quote' && i > 150)
    expect(sentenceWindow(long!.tokens, middle)[0]).toBe(middle - 120)
  })
})
