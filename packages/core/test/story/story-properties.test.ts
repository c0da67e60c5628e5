import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// Sentence parts a news article is made of, combined at random.
const subjects = ['The mayor', 'Police', 'Governor Ana Ruiz', 'The ministry', 'Two witnesses', 'The council']
const verbs = ['said', 'allegedly took', 'is believed to have signed', 'denied sending', 'reported', 'approved']
const objects = ['12 trucks', 'about 50 letters', 'at least three dozen complaints', 'the budget', 'hundreds of votes', '$3.5 million']
const tails = ['on Monday.', 'last week.', 'on March 3.', ', according to officials.', '.', ' two weeks ago.']

const sentence = fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(...objects), fc.constantFrom(...tails))
  .map(([s, v, o, t]) => `${s} ${v} ${o}${t.startsWith(',') || t === '.' ? '' : ' '}${t}`)
const article = fc.array(sentence, {minLength: 1, maxLength: 6}).map((list) => list.join(' '))

describe('any set of short articles gives a valid Story', () => {
  test('every span slices back to its text; confidences in 0–1; relatedness per file', () => {
    fc.assert(fc.property(fc.array(article, {minLength: 1, maxLength: 5}), (bodies) => {
      const files = Object.fromEntries(bodies.map((body, i) => [`f${i}.txt`, body]))
      const result = story(files)
      expectValidSpans(result, texts(files))
      for (const conflict of result.conflicts) {
        expect(conflict.confidence).toBeGreaterThanOrEqual(0)
        expect(conflict.confidence).toBeLessThanOrEqual(1)
        expect(new Set(conflict.members.map((m) => m.file)).size).toBeGreaterThan(1)
      }
      expect(result.relatedness!.map((entry) => entry.file)).toEqual(Object.keys(files))
    }), fuzzRuns(40))
  })
})
