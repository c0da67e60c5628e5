import type {FrameToken} from './frame.js'
import {kindOf} from './quote-kind.js'
import type {MarkedRun} from './scan-quote-marks.js'
import type {Quote, Speaker} from './types.js'
import {wordCount} from '../white-space.js'

/**
 * A few quoted words woven into the writer's own sentence with no cue of their own
 * ("the “quiet coast” vote had moved", "a “road” where goods pass through"): the
 * writer's use of a term or of words quoted earlier, so no speaker is carried on to
 * it from an earlier quote. On PolNeAR train, of such runs of up to three words
 * that the carry-over gave a speaker, the reference gave that speaker to 6 (odd
 * half) and 4 (even), and no source or no attribution at all to 51 and 43; of
 * those that close their sentence (“… the quiet coast.”, kind mixed), to none,
 * and no source to 4 and 6.
 */
export function writerTerm(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun): boolean {
  return wordCount(text.slice(run.start, run.end)) <= maxTermWords && kindOf(text, tokens, q, lo, run, null) !== 'direct'
}

/** The most words a writer's term in marks runs to. */
const maxTermWords = 3

/**
 * The speaker of the latest earlier quote whose words hold the term's (“targeting.”
 * after a source's “does not allow the targeting of …”): a writer who quotes a word
 * again quotes the one who said it. Only quotes from offset `from` on (the paragraphs
 * a carry-over reaches); null when none holds it.
 */
export function earlierSpeaker(quotes: readonly Quote[], term: string, from: number): Speaker | null {
  const words = plainWords(term)
  // A term under five letters ("us", "well") is in too many quotes to say whose it is.
  if (words.length < 5) return null
  for (let i = quotes.length - 1; i >= 0 && quotes[i]!.start >= from; i--) {
    const quote = quotes[i]!
    if (quote.speaker && ` ${plainWords(quote.text)} `.includes(` ${words} `)) return quote.speaker
  }
  return null
}

/** Lower-case words with the punctuation between them dropped. */
function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, ' ').trim()
}
