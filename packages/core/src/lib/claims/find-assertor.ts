import type {Entity, Mention} from '../entities/types.js'
import type {Quote} from '../quotes/types.js'
import type {SpanIndex} from '../span-index.js'
import type {Block, Span} from '../types.js'
import {reportingVerbs, verbFillers} from './reporting-verbs.js'
import type {Assertor, StanceCue, TextSpan} from './types.js'

/** What `findAssertor` reads besides the claim. */
export interface AssertorContext {
  text: string
  block: Block
  /** Quotes of the article (may be empty when quote finding failed). */
  quotes: readonly Quote[]
  /** The article's entity mentions, indexed by position. */
  mentions: SpanIndex<Mention>
  entities: ReadonlyMap<string, Entity>
  /** The outlet's name, for claims in its own voice. */
  outlet: string | null
}

const name = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*`
const roleNoun = String.raw`(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,2}(?:officials?|spokes(?:man|woman|person)|ministry|agency|government|police|minister|president|aide|sources?|analysts?|experts?|report|statement|embassy|office|military|army|kremlin|spokesperson|lawmakers?|authorities|residents?|witnesses?|mayor|governor|senator|chairman|chairwoman|chair|director|chief|commissioner|prosecutors?|lawyers?|attorneys?|judge|secretary|ambassador|envoy|adviser|advisor|diplomats?|investigators?|researchers?|scientists?|doctors?|leaders?|representatives?|officer|councillor|councilor|inspectors?)`
const pronoun = String.raw`[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t`
const subjectBefore = new RegExp(`(?<![\\p{L}])(${name}|${roleNoun}|${pronoun})\\s+(?:(?:${[...verbFillers].join('|')})\\s+)*$`, 'u')
const accordingTo = new RegExp(`\\b[Aa]ccording to\\s+((?:${roleNoun}|${name})(?:[’']s?)?(?:\\s+(?:\\p{Ll}+\\s+){0,2}${name})?)`, 'gu')
const saidAfter = new RegExp(`[,”"’]\\s*(said|says|added|told|wrote|noted|stated|explained)\\s+(${name}|${roleNoun})`, 'gu')
const verbWord = /[\p{L}]+/gu
/** Characters before a reporting verb its subject may span (four names' worth and fillers). */
const subjectReach = 200

/**
 * Who asserts a claim: the speaker of a quote that covers it (at least half of the
 * sentence, or any part with its cue inside the sentence), the author of an
 * embedded post, the subject of a reporting verb ("Dornik said Ukraine had tried",
 * "…, Marinov said", "according to X"), or else the outlet itself.
 *
 * Works without quotes (reported speech is also found here), so claims keep a
 * source when `findQuotes` is unavailable; pronouns are then resolved to the last
 * person named before them. Known limit: only speech verbs, not beliefs
 * ("thinks", "wants"), and the first reporting verb with a subject wins.
 */
export function findAssertor(span: Span, context: AssertorContext): {assertor: Assertor, cue: StanceCue | null} {
  const {block} = context
  if (block.kind === 'embed' && block.author) {
    return {assertor: {kind: 'source', name: block.author, entity: null, mention: null, method: 'embed'}, cue: null}
  }
  const length = Math.max(1, span.end - span.start)
  let best: {quote: Quote, share: number} | null = null
  for (const quote of context.quotes) {
    // An indirect quote with no speaker is the writer's own hedge ("is expected to"), not a source.
    if (quote.speaker === null && quote.kind === 'indirect') continue
    const overlap = Math.min(quote.end, span.end) - Math.max(quote.start, span.start)
    if (overlap <= 0) continue
    const share = overlap / length
    const cueInside = quote.cue !== null && quote.cue.start >= span.start && quote.cue.end <= span.end
    if ((share >= 0.5 || cueInside) && (!best || share > best.share)) best = {quote, share}
  }
  if (best) {
    const {speaker, cue} = best.quote
    return {
      assertor: {kind: 'source', name: speaker?.name ?? null, entity: speaker?.entity ?? null, mention: speaker?.mention ?? null, method: 'quote'},
      cue: cue ? {text: cue.text, start: cue.start, end: cue.end, kind: 'attribution'} : null
    }
  }
  const reported = reportedSpeech(span, context)
  if (reported) return reported
  return {assertor: {kind: 'outlet', name: context.outlet, entity: null, mention: null, method: 'outlet'}, cue: null}
}

function reportedSpeech(span: Span, context: AssertorContext): {assertor: Assertor, cue: StanceCue} | null {
  const {text} = context
  const slice = text.slice(span.start, span.end)
  // Shared global regexes with lastIndex reset: no copy per claim (claims run on every sentence).
  accordingTo.lastIndex = 0
  const according = slice.includes('ccording to') ? accordingTo.exec(slice) : null
  if (according) {
    const at = span.start + according.index
    const words = according[1]!.replace(/[’']s?$/, '')
    const start = at + according[0].length - according[1]!.length
    return source({text: words, start, end: start + words.length}, {text: 'according to', start: at, end: at + 12, kind: 'attribution'}, context)
  }
  verbWord.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = verbWord.exec(slice))) {
    // Verbs are lower case mid-sentence: "States" in "the United States" is no verb.
    if (!reportingVerbs.has(m[0])) continue
    const at = span.start + m.index
    // The subject stands just before its verb: read a bounded stretch, not the whole
    // prefix, so a long sentence full of verbs costs no more than its length.
    const before = text.slice(Math.max(span.start, at - subjectReach), at)
    if (/\b(?:was|were|is|are|been|being|be)\s+$/i.test(before)) continue // passive: "was reported"
    const subject = subjectBefore.exec(before)
    if (!subject) continue
    const words = subject[1]!
    const start = Math.max(span.start, at - subjectReach) + subject.index
    return source({text: words, start, end: start + words.length}, {text: m[0], start: at, end: at + m[0].length, kind: 'attribution'}, context)
  }
  saidAfter.lastIndex = 0
  const inverted = saidAfter.exec(slice)
  if (inverted) {
    const verbAt = span.start + inverted.index + inverted[0].indexOf(inverted[1]!)
    const start = span.start + inverted.index + inverted[0].length - inverted[2]!.length
    return source({text: inverted[2]!, start, end: start + inverted[2]!.length}, {text: inverted[1]!, start: verbAt, end: verbAt + inverted[1]!.length, kind: 'attribution'}, context)
  }
  return null
}

/** A source assertor from the words that name it: an entity mention inside them, a pronoun's antecedent, or the words. */
function source(mention: TextSpan, cue: StanceCue, context: AssertorContext): {assertor: Assertor, cue: StanceCue} {
  const inside = context.mentions.overlapping(mention.start, mention.end)[0]
  let entity = inside ? context.entities.get(inside.entity) ?? null : null
  if (!entity && /^(?:he|she)$/i.test(mention.text)) {
    for (const m of context.mentions.before(mention.start)) {
      if (m.end <= mention.start && context.entities.get(m.entity)?.kind === 'person') entity = context.entities.get(m.entity) ?? null
      if (entity) break
    }
  }
  return {
    assertor: {kind: 'source', name: entity?.name ?? mention.text, entity: entity?.id ?? null, mention, method: 'reported-speech'},
    cue
  }
}
