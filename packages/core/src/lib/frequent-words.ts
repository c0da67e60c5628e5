import {lazySet} from './lazy-table.js'
import {commonWordText} from './common-words-data.js'

/** The most frequent lower-case words of spoken English (`commonWordText`), as written. */
export const frequentWords: ReadonlySet<string> = lazySet(() => new Set(commonWordText.split(/\s+/).filter(Boolean)))

/** Whether a lower-case word is one of the 1,000 most frequent words of spoken English (SUBTLEX-US). */
export function isFrequentWord(word: string): boolean {
  return frequentWords.has(word)
}
