import type {Message} from '../types.js'

/**
 * The commonest English words in running text (the head of corpus frequency lists
 * such as the Oxford English Corpus's), which make up a third or more of any English
 * article's words: 17% at the least across the 919 PolNeAR train articles, 25% or
 * more on the five stories. Most are rare or absent in other languages.
 */
const commonWords: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'he', 'it', 'as', 'by', 'at', 'said',
  'his', 'be', 'are', 'from', 'have', 'has', 'not', 'this', 'were', 'an', 'they', 'but', 'had', 'who', 'will', 'their',
  'which', 'or', 'been', 'would', 'her', 'she', 'its', 'after', 'we', 'more', 'also', 'i', 'you', 'than'
])

/** Below this share of common English words (half the lowest English article's), the text is taken not to be English. */
const minimumShare = 0.08
/** Fewer words than this (a headline, a caption) say too little to judge. */
const minimumWords = 20

/**
 * A `not-english` warning when a text's words are not English: the parsers read
 * English only, so in another language quotes, speakers and claims are mostly missed,
 * and the user should know why. Reads the first 20,000 characters. Null for English
 * and for texts too short to judge.
 */
export function notEnglish(text: string): Message | null {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < minimumWords) return null
  let common = 0
  for (const word of words) if (commonWords.has(word)) common++
  const share = common / words.length
  if (share >= minimumShare) return null
  return {
    reason: `Expected English text, found few common English words (${Math.round(share * 100)}% of ${words.length} words, English runs above 15%); quotes, speakers and claims are found in English only`,
    ruleId: 'not-english',
    source: 'corroborate',
    place: null
  }
}
