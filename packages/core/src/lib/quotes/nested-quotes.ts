import type {Block} from '../types.js'
import {findAttribution} from './find-attribution.js'
import {buildFrames} from './frame.js'
import {cueOf, quoteOfRun} from './quote-kind.js'
import {resolveSpeaker, type SpeakerContext} from './resolve-speaker.js'
import {scanQuoteMarks} from './scan-quote-marks.js'
import type {Quote, Speaker} from './types.js'

/** First-person words inside a quote: they stand for the one quoted. */
const firstPerson = new Set(['i', 'we', 'me', 'us', 'my', 'our'])

/**
 * The quotes inside a quote (‘…’ inside “…”, or the other way round): each its own
 * quote, attributed by the words around it inside the outer quote. "I replied, ‘…’"
 * is the outer speaker's, however the outer speaker was read; "he said ‘…’" and "Smith told me ‘…’" go to the person
 * named; with no cue inside, the speaker is null, never the outer speaker by default.
 *
 * @param block The block holding the outer quote.
 * @param outer The outer quote (closed, with marks).
 * @returns Nested quotes in text order; spans are offsets into `context.text`.
 */
export function nestedQuotes(context: SpeakerContext, block: Block, outer: Quote): Quote[] {
  const {text} = context
  const inner: Block = {...block, kind: 'paragraph', start: outer.start, end: outer.end}
  const runs = scanQuoteMarks(text, [inner])
  if (runs.length === 0) return []
  // Read from inside the outer quote: the names in its words are antecedents (only the
  // quotes nested in it are set apart), and its speaker is "I" there, never "he".
  const quoted = context.quoted.filter((span) => span.end <= outer.start || span.start >= outer.end)
  const at = quoted.findIndex((span) => span.start >= outer.end)
  quoted.splice(at < 0 ? quoted.length : at, 0, ...runs.map((r) => ({start: r.open, end: r.close >= 0 ? r.close + 1 : r.end})))
  const within: SpeakerContext = {...context, quoted, notThird: outer.speaker?.entity ?? null}
  const quotes: Quote[] = []
  for (const frame of buildFrames(text, [inner], runs)) {
    const {tokens} = frame
    tokens.forEach((token, q) => {
      if (token.kind !== 'quote') return
      const run = runs[token.run]!
      if (run.close < 0 || (run.start === outer.start && run.end === outer.end)) return
      const attribution = findAttribution(tokens, q)
      let speaker: Speaker | null = null
      if (attribution) {
        const said = text.slice(attribution.phrase.start, attribution.phrase.end)
        const mention = {text: said, start: attribution.phrase.start, end: attribution.phrase.end}
        if (firstPerson.has(said.toLowerCase())) {
          // "I replied, ‘…’": the first person of a quote is whoever the outer quote is
          // given to, however that was read (carried over from the quote before too).
          speaker = outer.speaker && outer.speaker.entity !== null ? {...outer.speaker, mention, method: 'pronoun'} : null
        } else {
          const found = resolveSpeaker(within, attribution.phrase)
          // A pronoun nobody in the article answers to says nothing.
          speaker = found && !(found.method === 'pronoun' && found.entity === null) ? found : null
        }
      }
      let lo = q
      while (lo > 0 && tokens[lo - 1]!.sentence === token.sentence) lo--
      quotes.push({
        ...quoteOfRun(text, tokens, q, lo, run, attribution),
        speaker,
        cue: cueOf(text, attribution),
        channel: null,
        // Quoted inside a quote: the outer speaker's account of someone's words.
        confidence: speaker ? 0.5 : 0.3,
        continued: false
      })
    })
  }
  return quotes
}
