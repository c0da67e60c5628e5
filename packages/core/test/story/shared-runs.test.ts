import {describe, expect, test} from 'vitest'
import type {CompareToken} from '../../src/lib/story/compare-tokens.js'
import {sharedRuns, type SharedRun} from '../../src/lib/story/quote-similarity.js'

/** Tokens whose keys are the given words (only the key matters to the tiling). */
function tokensOf(words: readonly string[]): CompareToken[] {
  return words.map((word, i) => ({key: word, word, start: i, end: i + 1, content: true, cut: false, editorial: false}))
}

/**
 * Greedy string tiling as first written: the longest unmarked run by dynamic
 * programming over every pair of words, once per run, earliest in `a` then `b` on ties.
 */
function reference(a: readonly string[], b: readonly string[]): SharedRun[] {
  const usedA = new Uint8Array(a.length)
  const usedB = new Uint8Array(b.length)
  const runs: SharedRun[] = []
  for (;;) {
    let best = 0
    let bestI = 0
    let bestJ = 0
    let previous = new Uint16Array(b.length + 1)
    for (let i = a.length - 1; i >= 0; i--) {
      const row = new Uint16Array(b.length + 1)
      for (let j = b.length - 1; j >= 0; j--) {
        if (usedA[i] || usedB[j] || a[i] !== b[j]) continue
        row[j] = previous[j + 1]! + 1
        if (row[j]! >= best) [best, bestI, bestJ] = [row[j]!, i, j]
      }
      previous = row
    }
    if (best < 2) return runs
    usedA.fill(1, bestI, bestI + best)
    usedB.fill(1, bestJ, bestJ + best)
    runs.push({a: bestI, b: bestJ, length: best})
  }
}

describe('sharedRuns', () => {
  test('takes the longest run first, then the rest of two or more words', () => {
    const a = 'we will not close parks on the east side this year'.split(' ')
    const b = 'this year we will not close parks said the mayor'.split(' ')
    expect(sharedRuns(tokensOf(a), tokensOf(b))).toEqual([{a: 0, b: 2, length: 5}, {a: 9, b: 0, length: 2}])
  })

  test('finds the same runs, in the same order, as tiling by dynamic programming', () => {
    // Small vocabularies make repeated words, ties and runs that cross marked ones.
    let seed = 11
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    for (let round = 0; round < 400; round++) {
      const vocabulary = 2 + Math.floor(random() * 6)
      const words = (n: number) => Array.from({length: n}, () => `w${Math.floor(random() * vocabulary)}`)
      const a = words(Math.floor(random() * 30))
      const b = random() < 0.3 ? [...a.slice(3), ...words(4), ...a.slice(0, 3)] : words(Math.floor(random() * 30))
      expect(sharedRuns(tokensOf(a), tokensOf(b))).toEqual(reference(a, b))
    }
  })
})
