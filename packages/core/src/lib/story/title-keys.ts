import {lazySet} from '../lazy-table.js'
import {partyLabels, titleHeads, titleModifiers} from '../entities/titles.js'
import {wordKeys} from './common-words.js'

/**
 * The comparison keys (`w:` and the stemmed word) of title and party words ("former",
 * "presidential", "nominee", "governor"): they say who a fact is about, not what
 * happened ("Republican candidate Ada Quist met the mayor" and "Republican candidate
 * Ada Quist holds them often" share a title and a name, not a fact).
 */
const titleKeys: ReadonlySet<string> = lazySet(() => wordKeys([...titleHeads, ...titleModifiers, ...partyLabels]))

/** Whether a `w:` key is one of a title or party word (`titleKeys`). */
export function isTitleKey(key: string): boolean {
  return titleKeys.has(key)
}
