import {describe, expect, test} from 'vitest'
import {compareTokens} from '../../src/lib/story/compare-tokens.js'

const keys = (text: string) => compareTokens(text).map((token) => token.key)

describe('words as claims and quotes are compared', () => {
  test('a number with digit groups is one token, its groups joined', () => {
    expect(keys('about 412,000 voters')).toEqual(['about', '412000', 'voter'])
    expect(keys('a 2.5 percent rise')).toEqual(['a', '2.5', 'percent', 'rise'])
    // Two different numbers share no token ("000" was one of each).
    const a = new Set(keys('412,000 voters'))
    expect(keys('96,000 ballots').some((key) => /^\d+$/.test(key) && a.has(key))).toBe(false)
  })

  test('every inflected form of a word is one key (Porter2): "voted" is "votes" is "voting"', () => {
    expect(new Set(keys('vote voted votes voting')).size).toBe(1)
    expect(new Set(keys('deny denies denied denying')).size).toBe(1)
    expect(keys('boxes wishes names times')).toEqual(['box', 'wish', 'name', 'time'])
    expect(keys('James')).not.toContain('jam')
  })

  test('a possessive is its noun: "Veltria\'s" meets "Veltria", "voters\'" meets "voters"', () => {
    expect(keys("Veltria's Veltria")).toEqual([keys('Veltria')[0], keys('Veltria')[0]])
    expect(keys("voters' voters")).toEqual(['voter', 'voter'])
  })

  test('a derivation stays apart from its root, its own inflections off', () => {
    expect(keys('supporters supporter support')).toEqual(['supporter', 'supporter', 'support'])
    expect(keys('senators senator senate')).toEqual(['senator', 'senator', 'senat'])
    expect(keys('elections election elected')).toEqual(['election', 'election', 'elect'])
    expect(keys('business businesses')).toEqual(['business', 'business'])
  })

  test('a contraction is function words, spelt out or not', () => {
    const tokens = compareTokens("We're sure they didn't see it")
    expect(tokens.filter((token) => token.content).map((token) => token.word)).toEqual(['sure', 'see'])
    expect(compareTokens("we're", {spellOut: true}).every((token) => !token.content)).toBe(true)
  })
})
