import fc from 'fast-check'
import {describe, test} from 'vitest'
import {fuzzRuns} from '../helpers/fuzz-runs.js'
import {articleInput, compareInputs, expectStoryInvariants, sameStoryInputs} from '../helpers/news-like-properties.js'

describe('comparing 2–4 news-like articles', () => {
  test('every span slices back into its article, every reference exists, every confidence is in 0–1, no throw', () => {
    fc.assert(fc.property(fc.array(articleInput, {minLength: 2, maxLength: 4}), (inputs) => {
      const {story, articles} = compareInputs(inputs)
      expectStoryInvariants(story, articles)
    }), fuzzRuns(12))
  })

  test('one story retold with changed numbers, days, names, stances and quotes: the same holds', () => {
    fc.assert(fc.property(sameStoryInputs, (inputs) => {
      const {story, articles} = compareInputs(inputs)
      expectStoryInvariants(story, articles)
    }), fuzzRuns(12))
  })
})
