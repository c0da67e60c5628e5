import {lazySet} from '../lazy-table.js'
import {commonWordText} from './common-words-data.js'
import {compareTokens} from './compare-tokens.js'

/**
 * The comparison keys (`w:` and the stemmed word, as `claimFeatures` makes them) of the
 * most frequent words of spoken English ("see", "done", "people", "place", "call"):
 * two sentences that share one of them share little, for it is in many different
 * facts of one day's news; a rarer word ("loyalty", "resign", "pledged") shows more.
 */
const commonKeys: ReadonlySet<string> = lazySet(() => {
  const keys = new Set<string>()
  for (const word of commonWordText.split(/\s+/)) {
    const token = word ? compareTokens(word)[0] : undefined
    if (token) keys.add(`w:${token.key}`)
  }
  return keys
})

/** Whether a `w:` key is one of a very frequent word (`commonKeys`). */
export function isCommonKey(key: string): boolean {
  return commonKeys.has(key)
}
