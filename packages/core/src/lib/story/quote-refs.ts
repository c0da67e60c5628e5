import type {Quote, SpeakerMethod} from '../quotes/types.js'
import type {Article} from '../types.js'
import {compareTokens, type CompareToken} from './compare-tokens.js'
import {indexBound, PairSet} from './pair-set.js'

/** One article's quotes, with the cross-article identity of each quote's speaker. */
export interface QuoteSource {
  file: string
  article: Article
  quotes: readonly Quote[]
  /** The cross-article speaker id of a quote (null when it has none). */
  speakerOf: (quote: Quote) => {id: string, name: string} | null
  /** Ids of the article's entities that are places: a speaker reading resolved to one names no one who speaks. */
  places?: ReadonlySet<string>
}

/** One quote as grouping sees it. */
export interface QuoteRef {
  index: number
  source: QuoteSource
  quote: Quote
  /** Index of the quote in its source's `quotes`. */
  position: number
  tokens: CompareToken[]
  speaker: {id: string, name: string} | null
  /** Index of the article sentence holding the quote, -1 when it spans several. */
  sentence: number
  /**
   * Who cites the quote's words: for a quote inside another quote of its article
   * (‘…’ inside “…”), the outer quote's speaker id (null when it has none); for
   * any other quote, undefined.
   */
  citedBy: string | null | undefined
}

/**
 * How two quotes' speakers relate: `same` (one person), `apart` (two different
 * people, each named in the attributing clause itself), `unknown` (one has none, or
 * one of the two readings is only inferred: a pronoun, the previous speaker…).
 */
export type SpeakerRelation = 'same' | 'apart' | 'unknown'

/** Readings where the attributing clause itself names the speaker. */
const explicitMethods: ReadonlySet<SpeakerMethod> = new Set<SpeakerMethod>(['explicit', 'appositive'])

/**
 * Whether the quote's speaker is named in its own attributing clause, by a name
 * the article's entities recognise as a person or organisation (words read as a
 * speaker that are no one, "a Twitter message", "April", name nobody).
 */
export function isExplicit(ref: QuoteRef): boolean {
  const speaker = ref.quote.speaker
  return ref.speaker !== null && speaker !== null && speaker.entity !== null && explicitMethods.has(speaker.method)
}

/** How the speakers of two quotes relate (see `SpeakerRelation`). */
export function speakerRelation(a: QuoteRef, b: QuoteRef): SpeakerRelation {
  if (!a.speaker || !b.speaker) return 'unknown'
  if (a.speaker.id === b.speaker.id) return 'same'
  return isExplicit(a) && isExplicit(b) ? 'apart' : 'unknown'
}

/** Every non-indirect quote of the sources with its comparison tokens. */
export function collectQuotes(sources: readonly QuoteSource[]): QuoteRef[] {
  const refs: QuoteRef[] = []
  // Outlets carrying one statement quote the same text: it is read once.
  const tokensOf = new Map<string, CompareToken[]>()
  for (const source of sources) {
    const sentences = source.article.sentences
    const outerOf = enclosingQuotes(source.quotes)
    source.quotes.forEach((quote, position) => {
      if (quote.kind === 'indirect') return
      let tokens = tokensOf.get(quote.text)
      if (!tokens) tokensOf.set(quote.text, tokens = compareTokens(quote.text, {spellOut: true}))
      if (tokens.length === 0) return
      const sentence = sentences.findIndex((s) => s.start <= quote.start && quote.end <= s.end)
      refs.push({index: refs.length, source, quote, position, tokens, speaker: source.speakerOf(quote), sentence, citedBy: citerOf(source, outerOf.get(quote))})
    })
  }
  return refs
}

/** For each quote inside another quote of the list, the outermost quote around it (by start, against the furthest end so far). */
function enclosingQuotes(quotes: readonly Quote[]): Map<Quote, Quote> {
  const outerOf = new Map<Quote, Quote>()
  let reach: Quote | undefined
  for (const quote of [...quotes].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (reach && quote.end <= reach.end && quote !== reach) outerOf.set(quote, reach)
    if (!reach || quote.end > reach.end) reach = quote
  }
  return outerOf
}

/** The speaker id of the quote around a nested one (see `QuoteRef.citedBy`). */
function citerOf(source: QuoteSource, outer: Quote | undefined): string | null | undefined {
  return outer ? source.speakerOf(outer)?.id ?? null : undefined
}

/** Blocking: a quote looks for partners through this many of its rarest words. */
const blockingWordsPerQuote = 4
/** Blocking: at most this many quotes are compared through one word. */
const maximumPosting = 200

/**
 * Candidate pairs by blocking: quotes that share one of their rarest content
 * words, whoever the speakers (the words decide; the match rule then weighs the
 * speakers). Every quote is indexed under all its content words and looks for
 * partners through its rarest few only: a short quote's words are all rare to it,
 * so it meets any longer quote containing one, while a word every quote uses does
 * not make every pair a candidate. The work grows with the number of quotes, not
 * its square. Overlapping quotes of one article are never a pair.
 */
export function candidatePairs(refs: readonly QuoteRef[]): Array<[QuoteRef, QuoteRef]> {
  const byWord = new Map<string, QuoteRef[]>()
  // Quotes of one text share one token list, so one list of blocking words, and one choice of the rarest.
  const wordsByTokens = new Map<readonly CompareToken[], string[]>()
  const wordsOf = refs.map((ref) => {
    let words = wordsByTokens.get(ref.tokens)
    if (!words) wordsByTokens.set(ref.tokens, words = [...blockingWords(ref)])
    return words
  })
  refs.forEach((ref, i) => {
    for (const word of wordsOf[i]!) {
      const list = byWord.get(word)
      if (list) list.push(ref)
      else byWord.set(word, [ref])
    }
  })
  const rarestOf = new Map<readonly string[], Array<{word: string, list: QuoteRef[]}>>()
  const seen = new PairSet(indexBound(refs))
  const pairs: Array<[QuoteRef, QuoteRef]> = []
  // Each quote's pairs in a module function (walked by `forEach` with this record): a
  // closure made per story here was compiled anew on a story of 1,000 articles.
  const pairing: Pairing = {wordsOf, byWord, rarestOf, seen, pairs}
  refs.forEach(addPairsOf, pairing)
  return pairs
}

/** What `addPairsOf` reads and fills (`candidatePairs`). */
interface Pairing {
  wordsOf: ReadonlyArray<readonly string[]>
  byWord: ReadonlyMap<string, QuoteRef[]>
  rarestOf: Map<readonly string[], Array<{word: string, list: QuoteRef[]}>>
  seen: PairSet
  pairs: Array<[QuoteRef, QuoteRef]>
}

/** The candidate pairs of quote `i` with the quotes that share its rarest words, each pair once. */
function addPairsOf(this: Pairing, ref: QuoteRef, i: number): void {
  const {wordsOf, byWord, rarestOf, seen, pairs} = this
  const words = wordsOf[i]!
  let rarest = rarestOf.get(words)
  if (!rarest) {
    // Pushed one by one, not `map`ped: an array `map` builds in optimised code has holes, and
    // the loop below, compiled on the packed ones, was thrown away at 1,000 articles ('wrong map').
    const postings: Array<{word: string, list: QuoteRef[]}> = []
    for (let w = 0; w < words.length; w++) postings.push({word: words[w]!, list: byWord.get(words[w]!)!})
    rarestOf.set(words, rarest = postings.sort(byPostingLength).slice(0, blockingWordsPerQuote))
  }
  for (const {list} of rarest) {
    // The first `maximumPosting` of a long posting, read in place (no copy per quote and word).
    const reach = Math.min(list.length, maximumPosting)
    for (let k = 0; k < reach; k++) {
      const other = list[k]!
      if (other === ref || overlapping(other, ref)) continue
      if (seen.has(other, ref)) continue
      seen.add(other, ref)
      pairs.push(other.index < ref.index ? [other, ref] : [ref, other])
    }
  }
}

/** Shorter postings first; a tie by the word. */
function byPostingLength(a: {word: string, list: readonly QuoteRef[]}, b: {word: string, list: readonly QuoteRef[]}): number {
  return a.list.length - b.list.length || (a.word < b.word ? -1 : 1)
}

/** Two quotes of one article whose spans overlap (a nested quote and its outer one). */
export function overlapping(a: QuoteRef, b: QuoteRef): boolean {
  return a.source === b.source && a.quote.start < b.quote.end && b.quote.start < a.quote.end
}

/** The words a quote is indexed under: its content words, or all its words when it has none. */
function blockingWords(ref: QuoteRef): Set<string> {
  const content = ref.tokens.filter((token) => token.content)
  return new Set((content.length > 0 ? content : ref.tokens).map((token) => token.key))
}
