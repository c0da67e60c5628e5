import {continuingWords} from './continuing-words.js'
import {overlapping, speakerRelation, type QuoteRef} from './quote-refs.js'

/** Two quotes of one article sentence, not nested, whose speakers are not two named people: pieces of one utterance. */
export function sentencePieces(a: QuoteRef, b: QuoteRef): boolean {
  return a.source === b.source && a.sentence === b.sentence && a.sentence >= 0 && !overlapping(a, b) && speakerRelation(a, b) !== 'apart'
}

/** Attribution words between the two halves of a split quote: at most this many characters, no sentence end. */
const maximumGap = 80

/**
 * Consecutive quotes of one paragraph where the later opens with a continuing word
 * in lower case and only a short attribution stands between them ("…differently,"
 * Comey added, "but I chose…").
 */
export function continuations(refs: readonly QuoteRef[]): Array<[QuoteRef, QuoteRef]> {
  const pairs: Array<[QuoteRef, QuoteRef]> = []
  // A quote nested in the one before is passed over: the next quote goes on from the outer one.
  let a: QuoteRef | undefined
  for (const b of refs) {
    if (a && a.source === b.source && overlapping(a, b)) continue
    if (a && consecutive(a, b)) pairs.push([a, b])
    a = b
  }
  return pairs
}

/** Whether `b` goes on from `a` (see `continuations`). */
function consecutive(a: QuoteRef, b: QuoteRef): boolean {
  if (a.source !== b.source || speakerRelation(a, b) === 'apart') return false
  const gap = a.source.article.text.slice(a.quote.end, b.quote.start)
  if (!sentencePieces(a, b) && (gap.length > maximumGap || /\n|[.!?]\s/u.test(gap.replace(/^[.!?,]+/u, '')))) return false
  const opening = b.quote.text.trimStart()
  return opening.charAt(0) === opening.charAt(0).toLowerCase() && continuingWords.has(b.tokens[0]!.word)
}

