import {lazySet} from '../lazy-table.js'
import {frequentWords} from '../frequent-words.js'
import {compareTokens} from './compare-tokens.js'

/** The comparison keys (`w:` and the stemmed word, as `claimFeatures` makes them) of lower-case words of letters only. */
export function wordKeys(words: Iterable<string>): Set<string> {
  const keys = new Set<string>()
  for (const word of words) {
    const token = /^[a-z]+$/.test(word) ? compareTokens(word)[0] : undefined
    if (token) keys.add(`w:${token.key}`)
  }
  return keys
}

/**
 * The keys of the most frequent words of spoken English ("see", "done", "people",
 * "place", "call"): two sentences that share one of them share little, for it is in
 * many different facts of one day's news; a rarer word ("loyalty", "resign",
 * "pledged") shows more.
 */
const commonKeys: ReadonlySet<string> = lazySet(() => wordKeys(frequentWords))

/** Whether a `w:` key is one of a very frequent word (`commonKeys`). */
export function isCommonKey(key: string): boolean {
  return commonKeys.has(key)
}
