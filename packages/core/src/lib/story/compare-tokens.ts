/**
 * Words of a quote as the comparison sees them: lower case, curly apostrophes made
 * straight, "no" and "not" one word (translations and slips swap them: "It's no
 * good" / "It's not good"), punctuation and ellipses dropped, with each token's
 * place in the quote so a diff can show the original words.
 */
export interface CompareToken {
  /** The normalised form. */
  key: string
  /** Offsets of the original word in the quote text. */
  start: number
  end: number
  /** A word that carries meaning (not a function word). */
  content: boolean
}

/** Function words: they make a contiguous match but not a shared-content match. */
const functionWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that',
  'this', 'these', 'those', 'it', "it's", 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
  'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'have', 'has', 'had', 'i', 'we',
  'you', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'our', 'my', 'your', 'me', 'us', 'him', 'so', 'if',
  'than', 'then', 'there', 'here', 'what', 'which', 'who', 'whom', 'very', 'just', 'also', 'any', 'all', 'some',
  'such', 'into', 'about', 'over', 'up', 'out', 'one', 'thing', 'that\'s', 'there\'s', 'not'
])

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Tokens of `text` for comparison. */
export function compareTokens(text: string): CompareToken[] {
  const tokens: CompareToken[] = []
  for (const match of text.matchAll(wordPattern)) {
    let key = match[0].toLowerCase().replace(/’/g, "'")
    if (key === 'no') key = 'not'
    tokens.push({key: stem(key), start: match.index, end: match.index + match[0].length, content: !functionWords.has(key)})
  }
  return tokens
}

/**
 * A light suffix stripper so that "agreements"/"agreement" and "reached"/"reach"
 * meet; meant for comparing two renderings of one utterance, not for linguistics.
 */
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word
  return word.replace(/(?:'s|ies|es|s|ed|ing|ly)$/, (suffix) => (suffix === 'ies' ? 'y' : ''))
}
