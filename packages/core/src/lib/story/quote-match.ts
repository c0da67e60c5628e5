import type {CompareToken} from './compare-tokens.js'
import {isCommonKey} from './common-words.js'
import {type QuoteRef, speakerRelation, type SpeakerRelation} from './quote-refs.js'
import {quoteSimilarity, type QuoteSimilarity, shortQuote} from './quote-similarity.js'
import {changesContent} from './quote-verdict.js'

/** Longer quotes of one speaker (as read in both outlets) are one utterance at this similarity. */
const sameSpeakerSimilarity = 0.6
/** Without an agreed speaker, the words alone must be this close. */
const wordsAloneSimilarity = 0.85
/** One article quoting a passage twice repeats it: the words in runs must cover this much. */
const sameArticleSimilarity = 0.8
/**
 * A word is rare in a story when at most this many of its quotes use it, or this
 * share of them: one word quoted alone ("a “disgraceful” leak") points to the
 * rendering that has it only when it is not the story's own topic word.
 */
const rareInQuotes = 3
const rareShare = 0.1
/**
 * A word quoted alone must have at least this many letters: the most frequent
 * words of a language are its shortest (Zipf's law of abbreviation), so "good",
 * "bad" or "lie" quoted alone say nothing about which rendering they come from.
 */
const distinctiveLength = 5

/** How many of the story's quotes use each word (by its normalised form), and the most a rare word may have. */
export interface WordCounts {
  counts: ReadonlyMap<string, number>
  rare: number
}

/** Per word, the number of quotes in `refs` that use it. */
export function countWords(refs: readonly QuoteRef[]): WordCounts {
  // Copies of one text share one token list: its words are gathered once and counted once per copy.
  const copies = new Map<readonly CompareToken[], number>()
  for (const ref of refs) copies.set(ref.tokens, (copies.get(ref.tokens) ?? 0) + 1)
  const counts = new Map<string, number>()
  for (const [tokens, times] of copies) for (const word of new Set(tokens.map((token) => token.word))) counts.set(word, (counts.get(word) ?? 0) + times)
  return {counts, rare: Math.max(rareInQuotes, Math.floor(refs.length * rareShare))}
}

/**
 * Whether two quotes render one utterance, and how closely (null when not).
 *
 * - A short quote (≤ 5 words) must stand as a phrase in the other and be
 *   informative: two content words or more; or one content word that is rare in
 *   the story, in a phrase, or, alone, from the same speaker. A function-word
 *   phrase never is, nor a lone capitalised word (a name in the vocative, "Garrison,").
 *   Short words one article prints nested in another quote repeat another quote of
 *   that article only when one speaker says or cites both.
 *   Two people named for the same short words are two utterances, and so are a
 *   partial quote of only very frequent words (a stock phrase) and a longer quote
 *   the articles give to two different named speakers.
 * - Longer quotes: 60% alike when both outlets give one speaker; 85% when the
 *   speakers are unknown or only inferred, or two named people (the words decide,
 *   and the difference is a speaker conflict); or, from one speaker, a whole
 *   sentence of five words or more said again word for word but one. Two quotes of one article must
 *   repeat each other's words in runs (a reworded match inside one article is two
 *   passages of one speech).
 * - Two quotes of one article, short or long, that differ by a content word inside
 *   the marks ("every crew in the valley" / "every crew in the province") are two
 *   utterances: an article quoting one utterance twice repeats it or cuts it.
 */
export function matchQuotes(a: QuoteRef, b: QuoteRef, counts: WordCounts): number | null {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a]
  const relation = speakerRelation(a, b)
  const similarity = similarityOf(short.tokens, long.tokens)
  if (short.tokens.length <= shortQuote) {
    if (relation === 'apart' || similarity.score < 1 - 1 / shortQuote) return null
    // Words one article prints inside another quote (the act’s ‘ferry records’ clause)
    // are the outer speaker citing them: a repeat of the article’s other quote only
    // when one speaker says or cites both.
    if (a.source === b.source && short.citedBy !== undefined && relation !== 'same' && !citedAlike(short, long)) return null
    // One word quoted alone is that very word, not a stem of it ("clearly" is not "clear").
    if (short.tokens.length === 1 && !long.tokens.some((token) => token.word === short.tokens[0]!.word)) return null
    if (!informative(short, relation === 'same', counts) || (a.source === b.source && reworded(long, short))) return null
    // A stock phrase ("right away", "hard work") inside a longer quote is not that
    // quote's when the two articles name two different people for them.
    if (relation === 'unknown' && short.tokens.length < long.tokens.length && namedSpeaker(a) && namedSpeaker(b) && stockPhrase(short)) return null
    return similarity.score
  }
  if (a.source === b.source) return similarity.sequence >= sameArticleSimilarity && !reworded(long, short) ? similarity.sequence : null
  if (relation === 'apart') return similarity.sequence >= wordsAloneSimilarity ? similarity.sequence : null
  if (similarity.score >= (relation === 'same' ? sameSpeakerSimilarity : wordsAloneSimilarity)) return similarity.score
  return shareSentence(relation, a, b) ? sameSpeakerSimilarity : null
}

/** Whether `variant` changes a content word of `base` inside the marks (see `changesContent`). */
function reworded(base: QuoteRef, variant: QuoteRef): boolean {
  return changesContent({text: base.quote.text, tokens: base.tokens}, {text: variant.quote.text, tokens: variant.tokens})
}

/** A given name and a surname, or more, capitalised (particles such as "de" aside): a person's full name, not a role ("the senator"), a pronoun or a place. */
const fullName = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]+)+$/u

/**
 * Whether a match of a short quote (`shortQuote` words or fewer) inside a longer one gives
 * its words to two people each named in full by an entity of their article, however the
 * speaker was read ("thank you" from one, "Thank you Georgia" from another): two
 * utterances. A partial quote joins a rendering only when the speaker fits.
 */
export function shortFromTwoPeople(a: QuoteRef, b: QuoteRef): boolean {
  // The same few words whole in both (a slogan many print: "Peace Through Strength") stay one
  // group whose speaker agreement decides: kept apart per speaker, every unattributed copy
  // would sit in each of their groups.
  return a.tokens.length !== b.tokens.length && Math.min(a.tokens.length, b.tokens.length) <= shortQuote &&
    speakerRelation(a, b) !== 'same' && namedInFull(a) && namedInFull(b)
}

function namedInFull(ref: QuoteRef): boolean {
  return namedSpeaker(ref) && fullName.test(ref.speaker!.name)
}

/** Whether a quote's speaker is an entity of its article (a name, not a pronoun or a description). */
function namedSpeaker(ref: QuoteRef): boolean {
  return ref.speaker !== null && ref.quote.speaker?.entity != null
}

/** Whether the one citing a nested quote's words is the one who says, or cites, the other quote's. */
function citedAlike(nested: QuoteRef, other: QuoteRef): boolean {
  const theirs = other.citedBy === undefined ? other.speaker?.id ?? null : other.citedBy
  return nested.citedBy !== null && nested.citedBy === theirs
}

/** Similarities already measured, by token list (quotes of one text share theirs). */
const measured = new WeakMap<readonly CompareToken[], WeakMap<readonly CompareToken[], QuoteSimilarity>>()

/** `quoteSimilarity` at the same-speaker floor, measured once per pair of token lists. */
function similarityOf(short: readonly CompareToken[], long: readonly CompareToken[]): QuoteSimilarity {
  let row = measured.get(short)
  if (!row) measured.set(short, row = new WeakMap())
  let similarity = row.get(long)
  if (!similarity) row.set(long, similarity = quoteSimilarity(short, long, sameSpeakerSimilarity))
  return similarity
}

/** A sentence of this many words or more, said again near word for word by the same person, is the same utterance. */
const sentenceWords = 5

/**
 * Whether two quotes of one speaker share a whole sentence of five words or more,
 * word for word but one ("Who would not sign it?" / "Who would not sign that?"),
 * whatever else each quotes around it.
 */
function shareSentence(relation: SpeakerRelation, a: QuoteRef, b: QuoteRef): boolean {
  // The speaker is asked here, not before the call: the call is then made by every longer
  // pair that falls short, and a story where one same-speaker pair first falls short
  // (rare) does not find the matcher compiled without it.
  if (relation !== 'same') return false
  const ours = sentencesOf(a)
  const theirs = sentencesOf(b)
  return ours.some((x) => theirs.some((y) => x.length === y.length && x.filter((token, i) => token.key !== y[i]!.key).length <= 1))
}

/** Sentences already read, by token list (quotes of one text share theirs, made from that text). */
const sentencesByTokens = new WeakMap<readonly CompareToken[], CompareToken[][]>()

/** A quote's sentences of `sentenceWords` words or more, as token lists (read once per token list). */
function sentencesOf(ref: QuoteRef): CompareToken[][] {
  let sentences = sentencesByTokens.get(ref.tokens)
  if (!sentences) sentencesByTokens.set(ref.tokens, sentences = readSentences(ref))
  return sentences
}

function readSentences(ref: QuoteRef): CompareToken[][] {
  const sentences: CompareToken[][] = [[]]
  ref.tokens.forEach((token, i) => {
    const previous = ref.tokens[i - 1]
    if (previous && previous.end !== token.start && startsSentence(ref.quote.text, previous, token)) sentences.push([])
    sentences.at(-1)!.push(token)
  })
  return sentences.filter((sentence) => sentence.length >= sentenceWords)
}

/** A full stop, question or exclamation mark before a capital, not after a short abbreviation ("Mr.", "Gen."). */
function startsSentence(text: string, previous: CompareToken, token: CompareToken): boolean {
  if (!/[.!?…]/u.test(text.slice(previous.end, token.start))) return false
  const word = text.slice(previous.start, previous.end)
  if (word.length <= 3 && /^\p{Lu}/u.test(word)) return false
  const first = text.charAt(token.start)
  return first !== first.toLowerCase()
}

/** Whether a short quote's words say enough to tie it to a longer rendering (see `matchQuotes`). */
function informative(ref: QuoteRef, sameSpeaker: boolean, counts: WordCounts): boolean {
  const content = ref.tokens.filter((token) => token.content && !token.editorial)
  if (content.length >= 2) return true
  if (content.length === 0) return false
  const word = content[0]!
  if (ref.tokens.length === 1 && (!sameSpeaker || capitalised(ref, word) || word.word.length < distinctiveLength)) return false
  return (counts.counts.get(word.word) ?? 0) <= counts.rare
}

/**
 * Whether every content word of a quote is one of the most frequent words of spoken
 * English (`isCommonKey`): a phrase of them ("right away", "hard work", "no way")
 * is said by many people on many days, so finding it inside a longer quote does not
 * show it was said there.
 */
function stockPhrase(ref: QuoteRef): boolean {
  return ref.tokens.every((token) => !token.content || token.editorial || isCommonKey(`w:${token.key}`))
}

function capitalised(ref: QuoteRef, token: CompareToken): boolean {
  const first = ref.quote.text.charAt(token.start)
  return first !== first.toLowerCase()
}
