import type {Quote} from '../quotes/types.js'
import type {Span} from '../types.js'
import {findAsides, type Aside} from './find-asides.js'
import {clauseSplits} from './clause-splits.js'
import {isFinite} from './finite-verb.js'
import type {Assertor, Claim, Proposition, PropositionKind} from './types.js'

/** Options for `splitPropositions`. */
export interface Options {
  /** The outlet's name, for what the sentence says in its own voice around reported speech. Default: none (null). */
  readonly outlet?: string | null
}

/** What `splitPropositions` reads of a claim. */
export type PropositionSource = Pick<Claim, 'id' | 'start' | 'end' | 'assertor'>

/** A stretch of the sentence read as one voice's statement, before asides and coordination split it. */
interface Region extends Span {
  kind: PropositionKind
  attribution: Assertor
  /** The quote whose reporting frame this stretch holds, if any: its speaker and cue say nothing of their own. */
  frameOf: Quote | null
}

/** What may split a sentence with no reported speech: a comma (asides), a semicolon or a joining word. */
const splittable = /[,;]|(?<![\p{L}])(?:and|but|while|whereas|yet)(?![\p{L}])/iu

/** Fewest words a proposition needs to state anything ("Okafor resigned Friday"). */
const minimumWords = 3

/**
 * Split a claim's sentence into the propositions it states:
 *
 * - reported speech: in "Okafor said (that) P", P is a proposition given to Okafor.
 *   The reported content is the quotes layer's reading (`findQuotes` with
 *   `indirect: true`: its reporting verbs and where their complement begins), so
 *   pass the article's quotes; the reporting frame ("Okafor told reporters that")
 *   is no proposition of its own;
 * - asides: "Okafor, who chairs the board," states that Okafor chairs the board;
 *   "Lena Marsh, the fire chief," that Marsh is the fire chief;
 * - coordination: "Okafor resigned on Friday and her deputy took over" states two
 *   facts; "Okafor and Vale resigned" states one (the conjunction joins no clauses).
 *
 * Each proposition keeps its span (offsets into `text`), who states it and the claim
 * it came from. A sentence that nothing splits gives one `main` proposition.
 *
 * - a verb phrase coordinated with another of the same subject: "Okafor resigned on
 *   Friday and left the city" states two facts, the second about Okafor (its `subject`).
 *
 * Known limits: English only; restrictive relatives ("the man who won") are part of
 * their noun phrase, as they should be.
 *
 * @param text The article text the claim's offsets point into.
 * @param claim The claim (its id, span and assertor).
 * @param quotes The article's quotes (any; those inside the sentence are used).
 * @returns Propositions in text order.
 */
export function splitPropositions(text: string, claim: PropositionSource, quotes: readonly Quote[] = [], options: Options = {}): Proposition[] {
  if (typeof text !== 'string') throw new TypeError(`Expected string, not ${typeof text}`)
  const out: Proposition[] = []
  // Most sentences have no aside, no joiner and no reported speech: one proposition, at once.
  if (!quotes.some((q) => q.kind === 'indirect' && q.start >= claim.start && q.end <= claim.end) && !splittable.test(text.slice(claim.start, claim.end))) {
    const span = trim(text, claim) ?? claim
    return [{kind: 'main', text: text.slice(span.start, span.end), start: span.start, end: span.end, claim: claim.id, attribution: claim.assertor, subject: null}]
  }
  const outlet: Assertor = {kind: 'outlet', name: options.outlet ?? null, entity: null, mention: null, method: 'outlet'}
  for (const region of regionsOf(text, claim, quotes, outlet)) {
    const asides = findAsides(text, region)
    for (const aside of asides) out.push(asideProposition(text, claim, region, aside))
    if (region.frameOf && !statesMore(text, region, region.frameOf, asides)) continue
    const parts = clauseSplits(text, region, asides)
    const kind: PropositionKind = region.kind === 'main' && parts.length > 1 ? 'coordinate' : region.kind
    for (const part of parts) {
      const span = trim(text, part)
      if (!span || !hasWords(text, span.start, span.end)) continue
      const subject = part.subject && {text: text.slice(part.subject.start, part.subject.end), start: part.subject.start, end: part.subject.end}
      out.push({kind, text: text.slice(span.start, span.end), start: span.start, end: span.end, claim: claim.id, attribution: region.attribution, subject})
    }
  }
  if (out.length === 0) {
    const span = trim(text, claim) ?? claim
    out.push({kind: 'main', text: text.slice(span.start, span.end), start: span.start, end: span.end, claim: claim.id, attribution: claim.assertor, subject: null})
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The stretches of the sentence and whose voice each is in: every reported content
 * (an indirect quote inside the sentence, the outermost when they nest), and what lies
 * between them when it says more than its reporting frame.
 */
function regionsOf(text: string, claim: PropositionSource, quotes: readonly Quote[], outlet: Assertor): Region[] {
  const reported = quotes
    .filter((q) => q.kind === 'indirect' && q.start >= claim.start && q.end <= claim.end && hasWords(q.text, 0, q.text.length) && statesClause(q.text))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const regions: Region[] = []
  let at = claim.start
  let last: Quote | null = null
  for (const quote of reported) {
    if (quote.start < at) continue
    // The frame around reported speech is the outlet's own voice ("Okafor, who chairs the board, said …").
    if (quote.start > at) regions.push({start: at, end: quote.start, kind: 'main', attribution: outlet, frameOf: quote})
    regions.push({start: quote.start, end: quote.end, kind: 'reported', attribution: sourceOf(quote), frameOf: null})
    at = quote.end
    last = quote
  }
  if (at < claim.end) regions.push({start: at, end: claim.end, kind: 'main', attribution: last ? outlet : claim.assertor, frameOf: last})
  return regions
}

/**
 * Whether a stretch outside reported content says more than its reporting frame:
 * three words at least once the speaker, the cue, the asides and function words are
 * set aside ("Okafor told reporters that" says nothing of its own; "After the vote
 * failed, Okafor said" does).
 */
function statesMore(text: string, span: Span, quote: Quote, asides: readonly Span[]): boolean {
  const skip: Span[] = [quote.cue, quote.speaker?.mention, ...asides].filter((s): s is Span => Boolean(s))
  let words = 0
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const at = span.start + m.index
    if (skip.some((s) => at >= s.start && at < s.end) || frameWords.has(m[0].toLowerCase())) continue
    words++
  }
  return words >= minimumWords
}

/** Words of a reporting frame that say nothing of their own ("told reporters that …", "in a statement"). */
const frameWords = new Set(['that', 'reporters', 'journalists', 'also', 'has', 'had', 'have', 'in', 'a', 'an', 'the', 'statement', 'interview', 'on', 'to', 'and', 'but', 'as', 'he', 'she', 'they', 'it', 'we', 'i'])

function sourceOf(quote: Quote): Assertor {
  const speaker = quote.speaker
  return {kind: 'source', name: speaker?.name ?? null, entity: speaker?.entity ?? null, mention: speaker?.mention ? {...speaker.mention} : null, method: 'quote'}
}

function asideProposition(text: string, claim: PropositionSource, region: Region, aside: Aside): Proposition {
  const {start, end} = trim(text, aside) ?? aside
  return {
    kind: aside.kind, text: text.slice(start, end), start, end, claim: claim.id,
    attribution: region.attribution,
    subject: {text: text.slice(aside.subject.start, aside.subject.end), start: aside.subject.start, end: aside.subject.end}
  }
}

/** A span without the spaces, punctuation and "that" at its edges; null when nothing is left. */
function trim(text: string, span: Span): Span | null {
  let {start, end} = span
  const edge = /[\s,;:.!?—–-]/
  for (;;) {
    while (start < end && edge.test(text[start]!)) start++
    const lead = /^(?:that|and|but|while|whereas|yet)\s/i.exec(text.slice(start, Math.min(end, start + 8)))
    if (!lead) break
    start += lead[0].length
  }
  while (end > start && edge.test(text[end - 1]!)) end--
  return end > start ? {start, end} : null
}

/**
 * Reported content that is a clause with a verb of its own states a fact ("the ferry
 * had been sold"); "to comment", "to resolve the case quickly" (what someone wants or
 * declines) and bare noun phrases do not.
 */
function statesClause(content: string): boolean {
  if (/^to\s/i.test(content)) return false
  return content.split(/\s+/).some((w) => isFinite(w.replace(/[^\p{L}'’-]/gu, '')))
}

/** A word, as the propositions count them (a letter or digit, then letters, digits, apostrophes, hyphens). */
const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/**
 * Whether `text.slice(start, end)` holds `minimumWords` words, counted in place and
 * only up to that many (a word running past `end` counts, as it would in the slice).
 */
function hasWords(text: string, start: number, end: number): boolean {
  word.lastIndex = start
  let words = 0
  for (let m = word.exec(text); m !== null && m.index < end; m = word.exec(text)) {
    if (++words >= minimumWords) return true
  }
  return false
}
