import {expectArticle} from '../article/expect-article.js'
import {findEntities} from '../entities/find-entities.js'
import type {ArticleEntities, Entity} from '../entities/types.js'
import type {Article, Span} from '../types.js'
import {sentenceWindow, type Attribution} from './attribution.js'
import {freshSubject, introAttribution, sentenceSubject} from './fallback-speaker.js'
import {ownedAfterCue, possessiveSpeaker} from './possessive-speaker.js'
import {findAttribution} from './find-attribution.js'
import {findChannel, maskRuns} from './find-channel.js'
import {findSpeechEvent} from './find-speech-event.js'
import {buildFrames, sentenceSpans} from './frame.js'
import {indirectQuotes} from './indirect-quote.js'
import {markedTerm} from './marked-term.js'
import {dropMarkupValues} from './markup-values.js'
import {nestedKept} from './nested-kept.js'
import {nestedQuotes} from './nested-quotes.js'
import {cueOf, quoteOfRun, standalone} from './quote-kind.js'
import {resolveSpeaker, type SpeakerContext} from './resolve-speaker.js'
import {scanQuoteMarks} from './scan-quote-marks.js'
import {signatureLine} from './signature-line.js'
import {backReference} from './back-reference.js'
import {earlierSpeaker, writerTerm} from './writer-term.js'
import {bylinePerson} from './byline-person.js'
import {linkDefiniteDescriptions} from './definite-description.js'
import type {MarkedTerm, Quote, Speaker} from './types.js'

/** Options for `findQuotes`. */
export interface Options {
  /** Also report indirect (reported) speech, as quotes of kind `indirect`. Default: false. */
  readonly indirect?: boolean
  /** Entities already found for this article (saves finding them again). Default: found here. */
  readonly entities?: ArticleEntities | null
  /**
   * How many paragraphs back a quote with no cue of its own may take the last
   * speaker from. Default: 2.
   */
  readonly carry?: number
  /**
   * Also report the quotes inside quotes (‘…’ inside “…”) as quotes of their own,
   * attributed by the words around them inside the outer quote (null when none
   * say who). Default: false, because attribution corpora (PolNeAR) count only
   * the outer quote; the story comparison asks for them, to group them on their own.
   * `'named'`: only those whose speaker the outer quote's words name in a clause of
   * their own, by name or by a role the article gives one person (`Adler told me,
   * ‘…’`, `the chief said ‘…’`), or by a pronoun the article answers right before the
   * speech verb that opens or closes the nested quote (`He said, ‘…’`, `I replied
   * ‘…’`): the ones whose speaker is as sure as a quote's in running text.
   */
  readonly nested?: boolean | 'named'
}

/** Quotes and the marked words that are not quotes, as `analyzeQuotes` returns them. */
export interface QuoteAnalysis {
  quotes: Quote[]
  terms: MarkedTerm[]
}

/**
 * Find the quotes in an article with their speakers, cues and channels: every run
 * between quotation marks in story text (boilerplate never), typed direct, partial
 * or mixed, and, with `indirect: true`, reported speech without marks. Marked words
 * that are titles, nicknames or so-called terms are left out (see `findMarkedTerms`).
 *
 * @param article A parsed article (`parseArticle`).
 * @param options See `Options`.
 * @returns Quotes in text order; spans are offsets into `article.text`.
 */
export function findQuotes(article: Article, options: Options = {}): Quote[] {
  return analyzeQuotes(article, options).quotes
}

/**
 * Marked words that are not speech: nicknames (`goes by “Shorty”`), titles of
 * works (`the book “…”`) and so-called terms. They are never in `findQuotes`.
 */
export function findMarkedTerms(article: Article): MarkedTerm[] {
  return analyzeQuotes(article, {}).terms
}

/** `findQuotes` and `findMarkedTerms` in one pass. */
export function analyzeQuotes(article: Article, options: Options = {}): QuoteAnalysis {
  expectArticle(article)
  const text = article.text
  const runs = dropMarkupValues(text, scanQuoteMarks(text, article.blocks))
  const frames = buildFrames(text, article.blocks, runs)
  const entities = options.entities ?? findEntities(article)
  const byId = new Map<string, Entity>(entities.entities.map((e) => [e.id, e]))
  const quoted: Span[] = runs.map((r) => ({start: r.open, end: r.close >= 0 ? r.close + 1 : r.end}))
  const context: SpeakerContext = {text, entities, byId, sentences: sentenceSpans(frames), quoted, narrator: bylinePerson(article.byline)}
  const masked = maskRuns(text, runs)
  const carry = options.carry ?? 2
  const quotes: Quote[] = []
  const terms: MarkedTerm[] = []
  // The last speaker attributed (by a quote's cue or a reporting clause), and where.
  let last: {speaker: Speaker, block: number} | null = null
  const indirect: Quote[] = []
  for (const frame of frames) {
    const {tokens} = frame
    let sentenceSpeaker: {sentence: number, speaker: Speaker, q: number} | null = null
    let sentenceStart = 0
    let sentenceQuoted = false
    tokens.forEach((token, q) => {
      if (token.kind === 'quote') sentenceQuoted = true
      const next = tokens[q + 1]
      if (!next || next.sentence !== token.sentence) {
        // A sentence with no quotation marks: a reporting clause in it makes its
        // subject the last speaker (and, asked for, an indirect quote).
        if (!sentenceQuoted) {
          const event = findSpeechEvent(tokens, sentenceStart, token.kind === 'end' ? q - 1 : q)
          const speaker = event ? resolveSpeaker(context, event.phrase) : null
          if (speaker) last = {speaker, block: frame.block}
        }
        if (options.indirect) for (const quote of indirectQuotes(context, tokens, sentenceStart, token.kind === 'end' ? q - 1 : q)) indirect.push(quote)
        sentenceStart = q + 1
        sentenceQuoted = false
      }
      if (token.kind !== 'quote') return
      const run = runs[token.run]!
      const [lo, hi] = sentenceWindow(tokens, q)
      const term = markedTerm(text, tokens, q, lo, run)
      if (term) { terms.push(term); return }
      const found = findAttribution(tokens, q) ?? (q === 0 ? introAttribution(frames, frame) : null) ?? signatureLine(text, frames, frame, q) ?? backReference(frames, frame, q)
      // "blamed the press for Vale’s claim that the mayor “…”": the possessor's speech noun owns the quote, not the verb before it.
      const owned = found !== null && found.place === 'before' && found.cue.type === 'verb' && ownedAfterCue(tokens, q, lo, found.cue.start)
      const attribution = owned ? null : found
      const owner = owned ? possessiveSpeaker(context, tokens, q, lo) : null
      let speaker: Speaker | null = null
      let subject: Speaker | null = null
      let confidence = 0.3
      // A term quoted again from an earlier quote: its speaker is that quote's, and the last speaker stays.
      let requoted = false
      // A cue whose phrase cannot be a speaker ("who" with no person before it, a
      // place inside a longer phrase) leaves the quote to the rules below.
      const explicit = attribution ? resolveSpeaker(context, attribution.phrase) : null
      if (attribution && explicit) {
        speaker = explicit
        confidence = confidenceOf(speaker, attribution)
      } else if (owner) {
        speaker = owner
        confidence = 0.6
      } else if (sentenceSpeaker && sentenceSpeaker.sentence === token.sentence && (subject = freshSubject(context, tokens, sentenceSpeaker.q, q, lo)) !== null) {
        // "Reyes calls it “…,” while Lund calls it “…”": a new clause with its own subject.
        speaker = subject
        confidence = 0.5
      } else if (sentenceSpeaker && sentenceSpeaker.sentence === token.sentence) {
        // Same sentence, same attribution: keep its mention ("said he had “…” and “…”").
        speaker = {...sentenceSpeaker.speaker, method: 'previous-speaker'}
        confidence = 0.75
      } else if ((subject = possessiveSpeaker(context, tokens, q, lo) ?? sentenceSubject(context, tokens, q, lo)) !== null) {
        speaker = subject
        confidence = 0.5
      } else if (writerTerm(text, tokens, q, lo, run)) {
        // The writer's term: the speaker of a quote in the carry's reach that holds its words, else nobody.
        const source = earlierSpeaker(quotes, text.slice(run.start, run.end), article.blocks[Math.max(0, frame.block - carry)]!.start)
        if (source) {
          speaker = {...source, mention: null, method: 'previous-speaker'}
          confidence = 0.5
          requoted = true
        }
      } else if (last && frame.block - last.block <= carry) {
        // A quote with no cue goes on from the last speaker; right after a quote of
        // theirs it belongs to the same attribution, so that clause's mention is kept.
        const adjacent = frame.block - last.block <= 1
        speaker = {...last.speaker, mention: adjacent ? last.speaker.mention : null, method: 'previous-speaker'}
        confidence = standalone(tokens, q, lo, hi) ? 0.7 : 0.5
      }
      if (run.close < 0 && !run.continues) confidence *= 0.7
      if (speaker && !requoted) {
        // An owned quote leaves its clause's speaker to go on ("called Okafor’s claim of a “…” “disturbing”").
        const goesOn = owner && found ? resolveSpeaker(context, found.phrase) ?? speaker : speaker
        last = {speaker: goesOn, block: frame.block}
        sentenceSpeaker = {sentence: token.sentence, speaker: goesOn, q}
      }
      const sentence = {start: tokens[lo]!.start, end: tokens[hi]!.end}
      // The run's fields first, then these (the order a Quote lists them), added to the one object rather than spread into a second.
      quotes.push(Object.assign(quoteOfRun(text, tokens, q, lo, run, attribution), {
        speaker,
        cue: cueOf(text, attribution),
        channel: attribution ? findChannel(masked, sentence, attribution.cue.start) : null,
        confidence: Math.round(confidence * 100) / 100,
        continued: run.continued
      }))
    })
  }
  // Quotes inside quotes, each attributed by the words around it in the outer one.
  const nested: Quote[] = []
  // Quotes and blocks are both in text order: one pass finds each quote's block.
  let at = 0
  if (options.nested) for (const quote of quotes) {
    if (!quote.marks || quote.marks.close === null) continue
    while (at < article.blocks.length && article.blocks[at]!.end < quote.end) at++
    const block = article.blocks[at]
    if (!block || block.start > quote.start) continue
    for (const inner of nestedQuotes(context, block, quote)) if (options.nested === true || nestedKept(text, inner)) nested.push(inner)
  }
  if (indirect.length > 0 || nested.length > 0) {
    for (const quote of indirect) quotes.push(quote)
    for (const quote of nested) quotes.push(quote)
    quotes.sort((a, b) => a.start - b.start)
  }
  linkDefiniteDescriptions(quotes)
  return {quotes, terms}
}

function confidenceOf(speaker: Speaker, attribution: Attribution): number {
  const base = {explicit: 0.9, appositive: 0.85, 'role-noun': 0.8, pronoun: 0.8, 'previous-speaker': 0.6, unnamed: 0.8, 'clause-subject': 0.5}[speaker.method]
  const place = attribution.place === 'after' ? 0.05 : attribution.place === 'later' ? -0.1 : 0
  const unresolved = speaker.entity === null && speaker.method === 'pronoun' ? -0.3 : 0
  return Math.max(0.1, Math.min(0.99, base + place + unresolved))
}
