import {describe, expect, test} from 'vitest'
import {wordKeys} from '../../src/lib/story/common-words.js'
import {predicateKeys, sharedPredicates, type PredicateWords} from '../../src/lib/story/predicate-words.js'

/** Whether two sentences share a word that shows a fact or a value. */
function sharePredicate(a: PredicateWords, b: PredicateWords): boolean {
  const {rare, common} = sharedPredicates(a, b)
  return rare + common > 0
}

describe('words that show a fact', () => {
  test('a word shouted in capitals is a word of the fact, not a name', () => {
    const tweet = predicateKeys('Mayor Okafor wrote that there was NO DELAY and NO OVERSPEND.')
    const report = predicateKeys('Okafor posted that the depot had NO DELAY, in capitals.')
    expect(sharePredicate(tweet, report)).toBe(true)
  })

  test('an acronym alone stays a name', () => {
    const a = predicateKeys('The UNHCR office in Marle opened.')
    const b = predicateKeys('Staff of the UNHCR went on strike.')
    expect(sharePredicate(a, b)).toBe(false)
  })

  test('a topic word is no evidence, a word of its own is', () => {
    const topic = wordKeys(['ferry'])
    const isTopic = (key: string) => topic.has(key)
    const a = predicateKeys('The ferry engines were inspected.', [], isTopic)
    const b = predicateKeys('The ferry crew will strike.', [], isTopic)
    const c = predicateKeys('Inspectors checked the ferry engines.', [], isTopic)
    expect(sharePredicate(a, b)).toBe(false)
    expect(sharePredicate(a, c)).toBe(true)
  })

  test('a frequent word counts apart from a rare one, and negation not at all', () => {
    const a = predicateKeys('No one saw the tanker leave the harbour.')
    const b = predicateKeys('Nobody could say whether the tanker would leave; no one saw it.')
    expect(sharedPredicates(a, b)).toEqual({rare: 1, common: 2, title: 0})
  })
})
