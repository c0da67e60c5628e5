import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {SpanIndex, indexHolding} from '../../src/lib/span-index.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({start, end: start + length}))
const byPosition = (a: {start: number, end: number}, b: {start: number, end: number}) => a.start - b.start || a.end - b.end

describe('SpanIndex', () => {
  test('answers as a pass over every span would', () => {
    fc.assert(fc.property(fc.array(span, {maxLength: 60}), span, (spans, query) => {
      const index = new SpanIndex(spans)
      const sorted = [...spans].sort(byPosition)
      expect(index.overlapping(query.start, query.end)).toEqual(sorted.filter((s) => s.end > query.start && s.start < query.end))
      expect(index.within(query.start, query.end)).toEqual(sorted.filter((s) => s.start >= query.start && s.end <= query.end))
      expect([...index.before(query.start)]).toEqual(sorted.filter((s) => s.start < query.start).reverse())
    }), fuzzRuns(500))
  })

  test('an empty span at the end of the stretch lies within it', () => {
    const index = new SpanIndex([{start: 6, end: 6}, {start: 4, end: 7}])
    expect(index.within(3, 6)).toEqual([{start: 6, end: 6}])
    expect(index.overlapping(3, 6)).toEqual([{start: 4, end: 7}])
  })

  test('an empty index answers nothing', () => {
    const index = new SpanIndex([])
    expect(index.overlapping(0, 10)).toEqual([])
    expect([...index.before(10)]).toEqual([])
  })
})

describe('indexHolding', () => {
  test('the index of the span that holds an offset, -1 in a gap, before the first or at the last end', () => {
    const spans = [{start: 0, end: 4}, {start: 6, end: 10}, {start: 10, end: 12}]
    expect([0, 3, 4, 5, 6, 9, 10, 11, 12].map((at) => indexHolding(spans, at))).toEqual([0, 0, -1, -1, 1, 1, 2, 2, -1])
    expect(indexHolding([], 3)).toBe(-1)
  })
})
