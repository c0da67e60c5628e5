import {onceByText} from './once-by-text.js'
import {wordStem} from './word-stem.js'
import {contractionEndings, irregularContractions, isContractionHosts} from './contractions.js'

/**
 * Words of a quote as the comparison sees them: lower case, curly apostrophes made
 * straight, contractions spelt out on request (`We’re` is `we are`), punctuation and ellipses
 * dropped, with each token's place in the quote so a diff can show the original
 * words. A nested quote's marks are punctuation too: its words are the outer
 * quote's words.
 */
export interface CompareToken {
  /** The form similarity compares: stemmed, "no" and "not" one word (translations and slips swap them). */
  key: string
  /** The normalised word itself (lower case, contraction spelt out, no stemming): what a verdict compares. */
  word: string
  /** Offsets of the original word in the quote text (shared by the words of one contraction). */
  start: number
  end: number
  /** A word that carries meaning (not a function word). */
  content: boolean
  /** An ellipsis or an editor's bracket stands right before it: words cut here were cut openly. */
  cut: boolean
  /** Inside square brackets: an editor's words, not the speaker's. */
  editorial: boolean
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
/** What continues a number: its digit groups ("800,000") or decimals ("2.5"), so that it is one token, not two. */
const numberRest = /(?:,\d{3})+(?![\p{L}\p{N}])|\.\d+(?![\p{L}\p{N}])/uy
const cutPattern = /(?:\.\.\.|…|\]|\[)\s*$/u

/** Whether `word` is a function word (`a`, `the`, `would`…). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word)
}

/** Options for `compareTokens`. */
export interface CompareTokensOptions {
  /**
   * Spell contractions out ("we're" → we, are), each part a function word, so that
   * two renderings of a quote compare word for word. Default false: one token per
   * written word (what claim matching was tuned on).
   */
  readonly spellOut?: boolean
}

/** Tokens of `text` for comparison. */
export function compareTokens(text: string, options: CompareTokensOptions = {}): CompareToken[] {
  const tokens: CompareToken[] = []
  let last = 0
  let bracketDepth = 0
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
    let written = match[0]
    const next = text.charCodeAt(match.index + written.length)
    if ((next === 46 || (next === 44 && written.length <= 3)) && /^\d+$/.test(written)) {
      numberRest.lastIndex = match.index + written.length
      const rest = numberRest.exec(text)
      if (rest) {
        written += rest[0]
        wordPattern.lastIndex = numberRest.lastIndex
      }
    }
    const between = text.slice(last, match.index)
    for (const char of between) {
      if (char === '[') bracketDepth++
      else if (char === ']') bracketDepth = Math.max(0, bracketDepth - 1)
    }
    last = match.index + written.length
    // Most gaps are a space: only one holding a cut's mark can end in one.
    const marked = between.includes('.') || between.includes('…') || between.includes('[') || between.includes(']')
    const cut = tokens.length > 0 && marked && cutPattern.test(between.replace(/[\s"'“”‘’,;:]+$/u, ''))
    const start = match.index
    const editorial = bracketDepth > 0
    written = written.toLowerCase().replace(/’/g, "'")
    // A contraction ("we're", "didn't") is auxiliaries, pronouns and negation: function words all, spelt out or not.
    const spelt = options.spellOut || written.includes("'") ? expand(written) : null
    const words = options.spellOut ? spelt! : [written]
    const contraction = spelt !== null && spelt.length > 1
    words.forEach((word, i) => {
      const key = word === 'no' ? 'not' : word
      tokens.push({key: wordStem(key), word, start, end: last, editorial, content: !contraction && !functionWords.has(word), cut: cut && i === 0})
    })
  }
  return tokens
}

/**
 * `compareTokens(text)` (one token per written word) once per distinct text
 * (`onceByText`): a story's claims repeat one sentence across outlets, and grouping
 * reads each claim's words more than once. The tokens are shared: read, never change them.
 */
export const claimTokens: (text: string) => readonly CompareToken[] = onceByText((text) => compareTokens(text))

/** A contraction spelt out ("we're" → we, are; "don't" → do, not); other words as they are. */
function expand(word: string): readonly string[] {
  const irregular = irregularContractions.get(word)
  if (irregular) return irregular
  if (!word.includes("'")) return [word]
  for (const [ending, full] of contractionEndings) {
    if (word.endsWith(ending) && word.length > ending.length) return [word.slice(0, -ending.length), full]
  }
  if (word.endsWith("'s") && isContractionHosts.has(word.slice(0, -2))) return [word.slice(0, -2), 'is']
  return [word]
}
