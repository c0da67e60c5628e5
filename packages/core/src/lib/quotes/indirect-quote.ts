import {attitudeVerbs, clauseOnlyAttitudes} from './attitude-verbs.js'
import {findMainEvidential} from './evidential-main.js'
import {nounThatClauses} from './noun-that-clause.js'
import {askedPassives} from './asked-passive.js'
import {nounObjects} from './noun-object.js'
import {labelSpeaks} from './label-source.js'
import type {FrameToken} from './frame.js'
import type {Attribution} from './attribution.js'
import {findReportedClauses, type ReportedClause} from './reported-clause.js'
import {reportingVerbs} from './reporting-verbs.js'
import {resolveSpeaker, type SpeakerContext} from './resolve-speaker.js'
import type {Quote, Speaker} from './types.js'

/** Reported clauses shorter than this many words are not worth a quote ("he said so"). */
const minimumWords = 1

/**
 * The indirect quotes of one sentence, tokens [lo, hi]: every reporting clause
 * (`findReportedClauses`) whose source resolves like a quote's speaker. The object
 * of a stance verb may be a single word ("the council endorsed Okafor"); a
 * reported clause needs three.
 */
export function indirectQuotes(context: SpeakerContext, tokens: readonly FrameToken[], lo: number, hi: number): Quote[] {
  const quotes: Quote[] = []
  const clauses = findReportedClauses(tokens, lo, hi)
  for (const clause of clauses) {
    // "Okafor said she wants a recount": the wish is part of what Okafor said, not a report of its own.
    if (nestedStance(clause, clauses, tokens)) continue
    // "Do you support Okafor?": a question put to the reader asks, it reports no one's stance.
    if (askedOfReader(tokens, clause, hi)) continue
    const resolved = resolveSpeaker(context, clause.phrase)
    // "Okafor: …" reports only when the label is someone the article names, not a section ("Update: …").
    const label = clause.cue.type === 'colon' && resolved?.entity == null ? context.text.slice(clause.phrase.start, clause.phrase.end) : null
    if (label !== null && !labelSpeaks(label)) continue
    const speaker = label !== null ? unnamed(context.text, clause.phrase.start, clause.phrase.end) : resolved ?? describedSource(context, tokens, clause, lo)
    if (!speaker) continue
    // "The minister described what he called a plot": a pronoun that finds no one names no speaker worth the inner report.
    if (clause.inner && speaker.method === 'pronoun' && speaker.entity === null) continue
    const lemma = clause.lemma
    const objectVerb = lemma !== null && clause.place === 'before' && attitudeVerbs.has(lemma) && !clauseOnlyAttitudes.has(lemma) && !reportingVerbs.has(lemma)
    const content = clause.cue.type === 'colon' ? labelReach(tokens, clause.content) : clause.content
    const quote = quoteOf(context.text, tokens, content, clause.cue, speaker, objectVerb ? 1 : minimumWords)
    if (quote) quotes.push(quote)
  }
  // "the sale is expected to close": the writer's hearsay, a report with no one named.
  const evidential = findMainEvidential(tokens, lo, hi)
  const first = evidential ? tokens[evidential.content[0]]!.start : 0
  const last = evidential ? tokens[evidential.content[1]]!.end : 0
  // A named source's report of the same words wins: "Okafor said the plan seems fair" is Okafor's.
  if (evidential && !quotes.some((q) => q.start < last && first < q.end)) {
    const quote = quoteOf(context.text, tokens, evidential.content, {...evidential.cue, type: 'verb'}, null, 3)
    if (quote) quotes.push(quote)
  }
  // "fears that P", "was asked whether P": reports whose holder or asker goes unnamed.
  for (const claim of [...nounThatClauses(tokens, lo, hi), ...askedPassives(tokens, lo, hi), ...nounObjects(tokens, lo, hi)]) {
    const first = tokens[claim.content[0]]!.start
    if (quotes.some((q) => q.start <= first && first < q.end)) continue
    const quote = quoteOf(context.text, tokens, claim.content, {...claim.cue, type: 'verb'}, null, 2)
    if (quote) quotes.push(quote)
  }
  return quotes
}

/** Whether the clause's source is a bare "you" in a sentence that ends as a question. */
function askedOfReader(tokens: readonly FrameToken[], clause: ReportedClause, hi: number): boolean {
  const phrase = clause.phrase
  if (phrase.from !== phrase.to || tokens[phrase.from]!.lower !== 'you') return false
  for (let k = clause.content[1] + 1; k <= hi + 1 && k < tokens.length; k++) if (tokens[k]!.text.includes('?')) return true
  return false
}

/**
 * Whether a stance clause (a wish, a plan, a belief: not a speech verb) or an inner
 * one ("what she called a leak") sits inside the content of another clause of the
 * sentence, whose report it is part of.
 */
function nestedStance(clause: ReportedClause, clauses: readonly ReportedClause[], tokens: readonly FrameToken[]): boolean {
  if (!clause.inner && (clause.lemma === null || !attitudeVerbs.has(clause.lemma))) return false
  const holds = (outer: ReportedClause, inner: ReportedClause) => tokens[outer.content[0]]!.start <= inner.cue.start && inner.cue.start < tokens[outer.content[1]]!.end
  // "He agreed to sell the pier, records show": a report after its content holds the
  // clause before it, though that clause, read on, runs over it.
  return clauses.some((other) => other !== clause && holds(other, clause) && !(clause.place === 'later' && other.place !== 'later' && holds(clause, other)))
}

/**
 * "OKAFOR: P. Q.": a transcript label at a paragraph's start owns the paragraph,
 * up to a quotation if one comes (that is a quote of its own).
 */
function labelReach(tokens: readonly FrameToken[], content: [number, number]): [number, number] {
  let end = content[1]
  for (let k = end + 1; k < tokens.length; k++) {
    if (tokens[k]!.kind === 'quote') break
    if (tokens[k]!.kind === 'word') end = k
  }
  return [content[0], end]
}

/** Relative words that open the clause a described source stands in: never part of the source. */
const relativeWords = new Set(['which', 'what', 'whom'])

/** Words a described source may span before its verb ("a news report published on Monday"). */
const sourceWords = 10

/**
 * A source that names no one the entities know: "six in 10 say", "a news report
 * published Monday said". The words from the clause's start (or the last comma)
 * to the verb stand for it, as an unnamed source; none when they hold no noun.
 */
function describedSource(context: SpeakerContext, tokens: readonly FrameToken[], clause: ReportedClause, lo: number): Speaker | null {
  const phrase = clause.phrase
  if (phrase.pronoun || phrase.possessor) return null
  // "according to early results of an exit poll": the words after the cue.
  if (clause.cue.type === 'according-to') return unnamed(context.text, phrase.start, phrase.end)
  if (clause.place !== 'before') return null
  let from = phrase.from
  // "the changes, which officials said …": the source starts after a relative word ("that" may be a demonstrative: "that evening").
  while (from > lo && phrase.to - from < sourceWords && tokens[from - 1]!.kind === 'word' && !relativeWords.has(tokens[from - 1]!.lower)) from--
  const first = tokens[from]!
  const last = tokens[phrase.to]!
  if (clause.cue.start < last.end || !/[a-z]/i.test(context.text.slice(first.start, last.end))) return null
  return unnamed(context.text, first.start, last.end)
}

function unnamed(text: string, start: number, end: number): Speaker {
  const words = text.slice(start, end)
  return {name: words, entity: null, mention: {text: words, start, end}, method: 'unnamed', type: null}
}

function quoteOf(text: string, tokens: readonly FrameToken[], content: [number, number], cue: Attribution['cue'], speaker: Speaker | null, minimum: number): Quote | null {
  let [from, to] = content
  while (from <= to && tokens[from]!.kind !== 'word') from++
  while (to >= from && tokens[to]!.kind !== 'word') to--
  if (to - from + 1 < minimum) return null
  const start = tokens[from]!.start
  const end = tokens[to]!.end
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: 'indirect',
    marks: null,
    speaker,
    cue: {text: text.slice(cue.start, cue.end), ...cue},
    channel: null,
    confidence: speaker === null ? 0.4 : speaker.method === 'unnamed' ? 0.5 : 0.6,
    continued: false
  }
}
