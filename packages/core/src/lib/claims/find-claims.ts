import {expectArticle} from '../article/expect-article.js'
import {findEntities} from '../entities/find-entities.js'
import type {ArticleEntities, Entity} from '../entities/types.js'
import {findQuotes} from '../quotes/find-quotes.js'
import type {Quote} from '../quotes/types.js'
import type {Mention} from '../entities/types.js'
import {SpanIndex} from '../span-index.js'
import type {Article, Sentence} from '../types.js'
import {checkWorthiness} from './check-worthiness.js'
import {findAssertor, type AssertorContext} from './find-assertor.js'
import {findDates} from './find-dates.js'
import {findQuantities} from './find-quantities.js'
import {splitPropositions} from './split-propositions.js'
import {findStance, findStanceWords} from './stance.js'
import type {Claim, ClaimDate, ClaimEntity} from './types.js'

/** Options for `findClaims`. */
export interface Options {
  /** Quotes already found for the article (`findQuotes`). Default: found here; if that fails, claims keep only reported-speech sources. */
  readonly quotes?: readonly Quote[] | null
  /** Entities already found for the article (`findEntities`). Default: found here. */
  readonly entities?: ArticleEntities | null
  /** A reference date (ISO) for relative dates when the article has no published date. Default: none (such dates are unanchored). */
  readonly reference?: string | null
}

/**
 * Find the checkable statements in an article: every sentence of story text
 * (headings, questions, boilerplate and fragments of fewer than four words left
 * out), with its quantities, dates resolved against the published date, the
 * entities it involves, who asserts it (the outlet or a quoted or reported source),
 * its stance (asserted, attributed, hedged, denied) with the words behind it, and a
 * check-worthiness score with its features.
 *
 * One claim per sentence; `propositions` splits it into the facts it states
 * (`splitPropositions`: coordinated clauses, reported speech, appositives and
 * relative clauses), each with its span and who states it.
 *
 * @param article A parsed article (`parseArticle`).
 * @param options Precomputed quotes and entities, and a fallback reference date.
 * @returns Claims in text order; spans are offsets into `article.text`.
 * @throws {TypeError} When `article` is not an Article.
 */
export function findClaims(article: Article, options: Options = {}): Claim[] {
  expectArticle(article)
  // Read only here, not in expectArticle: reading `sentences` splits them.
  if (!Array.isArray(article.sentences)) throw new TypeError('Expected an Article (from parseArticle), not an object without sentences')
  const entities = options.entities ?? safely(() => findEntities(article), {article: article.id, entities: [], mentions: []})
  const quotes = options.quotes ?? safely(() => findQuotes(article, {indirect: true, entities}), [])
  const byId = new Map<string, Entity>(entities.entities.map((e) => [e.id, e]))
  const dates = findDates(article, {reference: options.reference ?? null})
  // By start, so that each sentence reads only its own hedge and denial words.
  const stanceIndex = new SpanIndex(findStanceWords(article.text))
  const claims: Claim[] = []
  // Each sentence asks for its own dates, quotes and mentions through an index, not a pass over all of them.
  const dateIndex = new SpanIndex(dates)
  const quoteIndex = new SpanIndex(quotes)
  const mentionIndex = new SpanIndex(entities.mentions)
  article.sentences.forEach((sentence, index) => {
    const block = article.blocks[sentence.block]
    if (!block || !isClaimSentence(sentence, block.kind)) return
    const near = quoteIndex.overlapping(sentence.start, sentence.end)
    const context: AssertorContext = {text: article.text, block, quotes: near, mentions: mentionIndex, entities: byId, outlet: article.source?.outlet ?? null}
    const inside = dateIndex.within(sentence.start, sentence.end)
    const quantities = findQuantities(article.text, sentence, inside)
    const involved = claimEntities(mentionIndex.within(sentence.start, sentence.end), byId)
    const {assertor, cue} = findAssertor(sentence, context)
    const {stance, cues} = findStance(stanceIndex.within(sentence.start, sentence.end), sentence, cue, assertor.kind === 'source')
    const id = `c${claims.length + 1}`
    claims.push({
      id,
      text: sentence.text, start: sentence.start, end: sentence.end,
      sentence: index, block: sentence.block,
      quantities, dates: inside.map(copyDate), entities: involved, assertor, stance, cues,
      checkWorthiness: checkWorthiness(sentence.text, {
        quantities: quantities.length, dates: inside.length, entities: involved.length,
        attributed: assertor.kind === 'source', hedged: stance === 'hedged', denied: stance === 'denied'
      }),
      propositions: splitPropositions(article.text, {id, start: sentence.start, end: sentence.end, assertor}, near, {outlet: context.outlet})
    })
  })
  return claims
}

/** Story sentences that can state a fact: not headings, not questions, not fragments. */
function isClaimSentence(sentence: Sentence, kind: string): boolean {
  if (kind === 'heading' || kind === 'boilerplate') return false
  if (/\?\s*[”"’')\]]*\s*$/.test(sentence.text)) return false
  if (sentence.words.length < 4) return false
  return /\p{Ll}/u.test(sentence.text)
}

function claimEntities(mentions: readonly Mention[], byId: ReadonlyMap<string, Entity>): ClaimEntity[] {
  const out = new Map<string, ClaimEntity>()
  for (const mention of mentions) {
    const entity = byId.get(mention.entity)
    if (!entity) continue
    let item = out.get(entity.id)
    if (!item) out.set(entity.id, item = {entity: entity.id, name: entity.name, kind: entity.kind, mentions: []})
    item.mentions.push({text: mention.text, start: mention.start, end: mention.end})
  }
  return [...out.values()]
}

/** A copy of a date, field by field in the order a ClaimDate lists them (a spread is slow in V8). */
function copyDate(date: ClaimDate): ClaimDate {
  const copy: ClaimDate = {text: date.text, start: date.start, end: date.end, value: date.value, from: date.from, to: date.to, granularity: date.granularity,
    resolution: date.resolution, certainty: date.certainty, reference: date.reference ? {date: date.reference.date, source: date.reference.source} : null}
  if (date.part !== undefined) copy.part = date.part
  return copy
}

/** Run a step whose failure should not lose the claims (a bug in quote finding, say). */
function safely<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}
