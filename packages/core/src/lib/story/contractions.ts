/**
 * English contractions and what they stand for, so that `We’re` and `We are`
 * compare as the same words. From the standard list of English contractions
 * (Wikipedia, "Wikipedia:List of English contractions"), keeping only the
 * unambiguous ones: `'s` is a possessive as often as `is`/`has`, so it expands
 * only after the pronouns and adverbs where it cannot be one; `'d` (had/would)
 * is left as it is.
 */
export const irregularContractions: ReadonlyMap<string, readonly string[]> = new Map([
  ["won't", ['will', 'not']], ["can't", ['can', 'not']], ['cannot', ['can', 'not']], ["shan't", ['shall', 'not']],
  ["ain't", ['am', 'not']], ["let's", ['let', 'us']], ["y'all", ['you', 'all']]
])

/** Regular endings: the part before stays a word of its own. */
export const contractionEndings: ReadonlyArray<readonly [string, string]> = [
  ["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'m", 'am']
]

/** Words whose `'s` is always `is` (or `has`, which compares the same way here). */
export const isContractionHosts: ReadonlySet<string> = new Set([
  'it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'why', 'this'
])
