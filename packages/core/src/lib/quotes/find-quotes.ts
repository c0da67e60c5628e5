import {findEntities} from '../entities/find-entities.js'
import {titleHeads} from '../entities/titles.js'
import type {ArticleEntities, Entity} from '../entities/types.js'
import type {Article, Span} from '../types.js'
import {clauseSubject, findAttribution, sentenceWindow, type Attribution} from './find-attribution.js'
import {findChannel} from './find-channel.js'
import {findSpeechEvent} from './find-speech-event.js'
import {indirectQuote} from './indirect-quote.js'
import {buildFrames, type Frame, type FrameToken} from './frame.js'
import {markedTermTriggers} from './marked-term-triggers.js'
import {resolveSpeaker, type SpeakerContext} from './resolve-speaker.js'
import {scanQuoteMarks, type MarkedRun} from './scan-quote-marks.js'
import type {MarkedTerm, Quote, QuoteKind, Speaker} from './types.js'

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
  if (!article || typeof article.text !== 'string' || !Array.isArray(article.blocks)) {
    throw new TypeError(`Expected an Article (from parseArticle), not ${article === null ? 'null' : typeof article}`)
  }
  const text = article.text
  const runs = scanQuoteMarks(text, article.blocks)
  const frames = buildFrames(text, article.blocks, runs)
  const entities = options.entities ?? findEntities(article)
  const byId = new Map<string, Entity>(entities.entities.map((e) => [e.id, e]))
  const quoted: Span[] = runs.map((r) => ({start: r.open, end: r.close >= 0 ? r.close + 1 : r.end}))
  const context: SpeakerContext = {text, entities, byId, sentences: sentenceSpans(frames), quoted}
  const masked = maskRuns(text, runs)
  const carry = options.carry ?? 2
  const quotes: Quote[] = []
  const terms: MarkedTerm[] = []
  // The last speaker, and whether nothing but quotes came since its cue.
  let last: {speaker: Speaker, block: number, fresh: boolean} | null = null
  const indirect: Quote[] = []
  for (const frame of frames) {
    const {tokens} = frame
    let sentenceSpeaker: {sentence: number, speaker: Speaker} | null = null
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
          if (event) {
            const speaker = resolveSpeaker(context, event.phrase)
            last = {speaker, block: frame.block, fresh: true}
            if (options.indirect && event.content) {
              const quote = indirectQuote(text, tokens, event, speaker)
              if (quote) indirect.push(quote)
            }
          } else if (last) last.fresh = false
        }
        sentenceStart = q + 1
        sentenceQuoted = false
      }
      if (token.kind !== 'quote') return
      const run = runs[token.run]!
      const [lo, hi] = sentenceWindow(tokens, q)
      const term = markedTerm(text, tokens, q, lo, run)
      if (term) { terms.push(term); return }
      const attribution = findAttribution(tokens, q) ?? (q === 0 ? introAttribution(frames, frame) : null)
      let speaker: Speaker | null = null
      let subject: Speaker | null = null
      let confidence = 0.3
      if (attribution) {
        speaker = resolveSpeaker(context, attribution.phrase)
        confidence = confidenceOf(speaker, attribution)
      } else if (sentenceSpeaker && sentenceSpeaker.sentence === token.sentence) {
        // Same sentence, same attribution: keep its mention ("said he had “…” and “…”").
        speaker = {...sentenceSpeaker.speaker, method: 'previous-speaker'}
        confidence = 0.75
      } else if ((subject = sentenceSubject(context, tokens, q, lo)) !== null) {
        speaker = subject
        confidence = 0.5
      } else if (last && frame.block - last.block <= carry) {
        // A quote with no cue goes on from the last speaker; right after a quote of
        // theirs it belongs to the same attribution, so that clause's mention is kept.
        const adjacent = last.fresh && frame.block - last.block <= 1
        speaker = {...last.speaker, mention: adjacent ? last.speaker.mention : null, method: 'previous-speaker'}
        confidence = standalone(tokens, q, lo, hi) ? 0.7 : 0.5
      }
      if (run.close < 0 && !run.continues) confidence *= 0.7
      if (speaker) {
        last = {speaker, block: frame.block, fresh: true}
        sentenceSpeaker = {sentence: token.sentence, speaker}
      }
      const sentence = {start: tokens[lo]!.start, end: tokens[hi]!.end}
      quotes.push({
        text: text.slice(run.start, run.end),
        start: run.start,
        end: run.end,
        kind: kindOf(text, tokens, q, lo, run, attribution),
        marks: {open: run.openMark, close: run.closeMark},
        speaker,
        cue: attribution ? {text: text.slice(attribution.cue.start, attribution.cue.end), ...attribution.cue} : null,
        channel: attribution ? findChannel(masked, sentence, attribution.cue.start) : null,
        confidence: Math.round(confidence * 100) / 100,
        continued: run.continued
      })
    })
  }
  if (indirect.length > 0) {
    for (const quote of indirect) quotes.push(quote)
    quotes.sort((a, b) => a.start - b.start)
  }
  return {quotes, terms}
}

/**
 * The subject of a quote's sentence when no reporting verb attributes it ("Trump
 * stood by his comment that “Islam hates us”"): a pronoun, or a phrase naming a
 * person or an organisation, before the verb of the sentence.
 */
function sentenceSubject(context: SpeakerContext, tokens: readonly FrameToken[], q: number, lo: number): Speaker | null {
  if (q - lo < 2) return null
  const phrase = clauseSubject(tokens, lo, q)
  if (!phrase || tokens[phrase.to + 1]?.kind !== 'word') return null
  const speaker = resolveSpeaker(context, phrase)
  // A pronoun, a known person or body, or a described role ("the former Florida governor").
  const role = tokens.slice(phrase.from, phrase.to + 1).some((t) => titleHeads.has(t.lower))
  if (phrase.pronoun ? !['he', 'she', 'they'].includes(tokens[phrase.from]!.lower) : speaker.entity === null && !role) return null
  return {...speaker, method: 'clause-subject'}
}

/**
 * A paragraph that is only a quote, after a paragraph ending in a colon ("Cruz
 * continued:"): the cue is at the end of the paragraph before.
 */
function introAttribution(frames: readonly Frame[], frame: Frame): Attribution | null {
  const index = frames.indexOf(frame)
  const previous = frames[index - 1]
  if (!previous || previous.block !== frame.block - 1) return null
  const last = previous.tokens[previous.tokens.length - 1]
  if (!last || last.text !== ':') return null
  const tokens: FrameToken[] = [...previous.tokens, {...last, kind: 'quote', text: '', lower: '', run: -1}]
  return findAttribution(tokens, tokens.length - 1)
}

function confidenceOf(speaker: Speaker, attribution: Attribution): number {
  const base = {explicit: 0.9, appositive: 0.85, 'role-noun': 0.8, pronoun: 0.8, 'previous-speaker': 0.6, unnamed: 0.8, 'clause-subject': 0.5}[speaker.method]
  const place = attribution.place === 'after' ? 0.05 : attribution.place === 'later' ? -0.1 : 0
  const unresolved = speaker.entity === null && speaker.method === 'pronoun' ? -0.3 : 0
  return Math.max(0.1, Math.min(0.99, base + place + unresolved))
}

/** Nothing but the quote (and at most a conjunction) in its sentence. */
function standalone(tokens: readonly FrameToken[], q: number, lo: number, hi: number): boolean {
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.kind === 'word' && !['and', 'but', 'so'].includes(t.lower)).length
  return words(lo, q) === 0 && words(q + 1, hi + 1) === 0
}

/** Direct when the quote stands as the sentence (cue aside) or after a colon; else partial or mixed by length. */
function kindOf(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun, attribution: Attribution | null): QuoteKind {
  const previous = q > lo ? tokens[q - 1]! : null
  const content = text.slice(run.start, run.end)
  const upper = /^[\s…."'“‘(\[]*\p{Lu}/u.test(content)
  const words = content.split(/\s+/).filter(Boolean).length
  if (!previous || previous.text === ':' || (previous.text === ',' && upper)) return 'direct'
  const own = attribution && attribution.place === 'before' ? [attribution.phrase.from, attribution.phrase.to] : null
  const other = tokens.slice(lo, q).some((t, i) => t.kind === 'word' && (!own || lo + i < own[0]! || lo + i > own[1]!) && !isCueWord(t, attribution) && !['and', 'but', 'that'].includes(t.lower))
  if (!other && upper) return 'direct'
  if (words >= 6 || /[.?!]["'”’]?$/.test(content.trim())) return 'mixed'
  return 'partial'
}

function isCueWord(t: FrameToken, attribution: Attribution | null): boolean {
  return attribution !== null && t.start >= attribution.cue.start && t.end <= attribution.cue.end
}

function markedTerm(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun): MarkedTerm | null {
  const content = text.slice(run.start, run.end)
  if (content.split(/\s+/).length > 6) return null
  const before = tokens.slice(Math.max(lo, q - 3), q).map((t) => t.text).join(' ')
  for (const {pattern, reason} of markedTermTriggers) {
    if (pattern.test(before)) return {text: content, start: run.start, end: run.end, reason, marks: {open: run.openMark, close: run.closeMark}}
  }
  return null
}

/** Sentence spans of every frame, in text order. */
function sentenceSpans(frames: readonly Frame[]): Span[] {
  const spans: Span[] = []
  for (const frame of frames) {
    let current: Span | null = null
    let number = -1
    for (const t of frame.tokens) {
      if (t.sentence !== number || !current) {
        if (current) spans.push(current)
        current = {start: t.start, end: t.end}
        number = t.sentence
      } else current.end = t.end
    }
    if (current) spans.push(current)
  }
  return spans
}

/** The text with every quoted run's content blanked, lengths kept. */
function maskRuns(text: string, runs: readonly MarkedRun[]): string {
  let out = ''
  let at = 0
  for (const run of runs) {
    out += text.slice(at, run.start) + ' '.repeat(run.end - run.start)
    at = run.end
  }
  return out + text.slice(at)
}
