import {compareTokens, type CompareToken} from './compare-tokens.js'
import {continuingWords} from './continuing-words.js'
import {overlapping, speakerRelation, type QuoteRef} from './quote-refs.js'

/** Two quotes of one article sentence, not nested, whose speakers are not two named people: pieces of one utterance. */
export function sentencePieces(a: QuoteRef, b: QuoteRef): boolean {
  return a.source === b.source && a.sentence === b.sentence && a.sentence >= 0 && !overlapping(a, b) && speakerRelation(a, b) !== 'apart'
}

/** Attribution words between the two pieces of a split quote: at most this many characters. */
export const maximumGap = 80

/**
 * Each quote with the quote before it (in the order of `refs`) that passes `joins`.
 * A quote nested in the one before is passed over: the next quote goes on from the
 * outer one.
 */
export function consecutivePairs(refs: readonly QuoteRef[], joins: (a: QuoteRef, b: QuoteRef) => boolean): Array<[QuoteRef, QuoteRef]> {
  const pairs: Array<[QuoteRef, QuoteRef]> = []
  let a: QuoteRef | undefined
  for (const b of refs) {
    if (a && a.source === b.source && overlapping(a, b)) continue
    if (a && joins(a, b)) pairs.push([a, b])
    a = b
  }
  return pairs
}

/**
 * Consecutive quotes of one paragraph where the later opens with a continuing word
 * in lower case and only a short attribution stands between them ("…differently,"
 * Crane added, "but I chose…"), with no sentence end in it.
 */
export function continuations(refs: readonly QuoteRef[]): Array<[QuoteRef, QuoteRef]> {
  return consecutivePairs(refs, consecutive)
}

/** Whether `b` goes on from `a` (see `continuations`). */
function consecutive(a: QuoteRef, b: QuoteRef): boolean {
  if (a.source !== b.source || speakerRelation(a, b) === 'apart') return false
  const gap = a.source.article.text.slice(a.quote.end, b.quote.start)
  if (!sentencePieces(a, b) && (gap.length > maximumGap || /\n|[.!?]\s/u.test(gap.replace(/^[.!?,]+/u, '')))) return false
  const opening = b.quote.text.trimStart()
  return opening.charAt(0) === opening.charAt(0).toLowerCase() && continuingWords.has(b.tokens[0]!.word)
}

/**
 * What the group's members are compared with: the fullest rendering, joined (with
 * an ellipsis) to the other pieces its own article quotes of the same utterance
 * ("…differently," she added, "but I chose…"), so each piece is a cut of the
 * whole, not a paraphrase of another piece. A quote of that article with half its
 * words or more in the fullest repeats it and is no piece.
 */
export function joinedRendering(refs: readonly QuoteRef[], fullest: QuoteRef): {text: string, tokens: readonly CompareToken[]} {
  // A quote mostly of words the fullest has repeats it (or cuts or bends it): no other piece.
  const words = new Set(fullest.tokens.map((token) => token.word))
  const own = (ref: QuoteRef) => ref.tokens.filter((token) => !words.has(token.word)).length * 2 > ref.tokens.length
  const pieces = refs.filter((ref) => ref === fullest || (ref.source === fullest.source && own(ref)))
    .sort((x, y) => x.quote.start - y.quote.start)
    .filter((ref, i, all) => i === 0 || all[i - 1]!.quote.end <= ref.quote.start)
  if (pieces.length < 2 || !pieces.includes(fullest)) return {text: fullest.quote.text, tokens: fullest.tokens}
  const text = pieces.map((ref) => ref.quote.text.trim()).join(' … ')
  return {text, tokens: compareTokens(text, {spellOut: true})}
}
