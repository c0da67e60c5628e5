import {preferClosest} from './closest-rendering.js'
import {groupSpeaker} from './group-speaker.js'
import {nestedEchoes} from './nested-echoes.js'
import {preferNested} from './nested-matches.js'
import {countWords, matchQuotes, shortFromTwoPeople} from './quote-match.js'
import {continuations, joinedRendering, sentencePieces} from './quote-pieces.js'
import {linkEdges} from './quote-linkage.js'
import {PairSet} from './pair-set.js'
import {candidatePairs, collectQuotes, type QuoteRef, type QuoteSource} from './quote-refs.js'
import {quoteSimilarity, shortQuote} from './quote-similarity.js'
import {quoteUnits} from './quote-units.js'
import {quoteVerdict} from './quote-verdict.js'
import {attributionSplits, bridgeHalves} from './split-halves.js'
import type {QuoteGroup, QuoteGroupMember} from './types.js'

export type {QuoteSource} from './quote-refs.js'
export {findSpeakerConflicts} from './find-speaker-conflicts.js'

/** Clusters already computed for a list of sources (grouping and speaker conflicts share them). */
const cache = new WeakMap<readonly QuoteSource[], QuoteRef[][]>()

/**
 * Group the quotes that render one utterance, across articles and within one.
 * Candidate pairs come from blocking (a shared rare content word), not from every
 * quote against every quote, and `matchQuotes` decides each pair: the words decide
 * when they match closely, whatever speakers the articles give; two people named
 * for the same short words stay apart. Grouping is complete-linkage: a quote joins
 * a group only when it matches every member (two fragments quoted in one sentence,
 * `was "shocked" and "outraged"`, count as matching each other), so one long quote
 * can sit in two groups when two shorter quotes each render a different part of it.
 */
export function groupQuotes(sources: readonly QuoteSource[]): QuoteGroup[] {
  return clusterQuotes(sources).map((refs, index) => toGroup(refs, index))
}

/** The quotes of each group, before they are described (cached per `sources` array). */
export function clusterQuotes(sources: readonly QuoteSource[]): QuoteRef[][] {
  let clusters = cache.get(sources)
  if (!clusters) cache.set(sources, clusters = makeClusters(sources))
  return clusters
}

/** `clusterQuotes` uncached: a function of its own, so that a call the cache answers compiles none of it. */
function makeClusters(sources: readonly QuoteSource[]): QuoteRef[][] {
  const all = collectQuotes(sources)
  const counts = countWords(all)
  const pieces = continuations(all)
  const halves = attributionSplits(all)
  const {representatives: refs, copiesOf} = quoteUnits(all, [...pieces, ...halves], counts)
  const matches = preferClosest(preferNested(matchedPairs(candidatePairs(refs), counts)))
  const found = [...matches, ...nestedEchoes(matches, refs)]
  const ambiguous = ambiguousWords(found, all.length)
  const edges = found.filter((edge) => !ambiguous.has(edge.a) && !ambiguous.has(edge.b) && !shortFromTwoPeople(edge.a, edge.b))
    .sort((x, y) => y.similarity - x.similarity || x.a.index - y.a.index || x.b.index - y.b.index)
  const matched = new PairSet(all.length)
  // Walked by `forEach` with module callbacks: a loop of this once-per-story function was
  // compiled on-stack (with its callees) on a story of 1,000 articles.
  edges.forEach(markMatched, matched)
  // A fragment that goes on from the one before it ("Okafor," … "and then we will
  // decide"; a quote split by its attribution) is one utterance even when no other
  // article has it; these pairs come last, after every match of words.
  pieces.forEach(addPiece, {edges, matched})
  const linked = linkEdges(edges, matched, all.length)
  const memberOf = linked.memberOf
  const groups = bridgeHalves(linked.groups, halves, edges, memberOf)
  // Copies of one rendering that match nothing else are a group of their own.
  for (const [ref, copies] of copiesOf) {
    if (!memberOf.has(ref) && copies.length > 1) groups.push({members: [ref], set: new Set([ref]), longest: ref})
  }
  return groups.map((group) => group.members.flatMap((ref) => copiesOf.get(ref) ?? [ref]))
}

function markMatched(this: PairSet, edge: {a: QuoteRef, b: QuoteRef}): void {
  this.add(edge.a, edge.b)
}

function addPiece(this: {edges: Array<{a: QuoteRef, b: QuoteRef, similarity: number}>, matched: PairSet}, pair: readonly [QuoteRef, QuoteRef]): void {
  const [a, b] = pair
  this.edges.push({a, b, similarity: 0})
  this.matched.add(a, b)
}

/** A match found by `matchedPairs`. */
type Match = {a: QuoteRef, b: QuoteRef, similarity: number}

/**
 * The candidate pairs `matchQuotes` finds one utterance, with their similarity (in
 * order): walked by `forEach`, each pair judged by a module function (the loop of
 * this once-per-story function was compiled on-stack with the matcher inlined).
 */
function matchedPairs(pairs: ReadonlyArray<readonly [QuoteRef, QuoteRef]>, counts: ReturnType<typeof countWords>): Match[] {
  const matching = {counts, matches: [] as Match[]}
  pairs.forEach(matchPair, matching)
  return matching.matches
}

function matchPair(this: {counts: ReturnType<typeof countWords>, matches: Match[]}, pair: readonly [QuoteRef, QuoteRef]): void {
  const [a, b] = pair
  const similarity = matchQuotes(a, b, this.counts)
  if (similarity !== null) this.matches.push({a, b, similarity})
}

/**
 * A short quote (one word, or a phrase of up to `shortQuote` words) that two
 * quotes contain which are not one utterance (neither matches the other) could
 * come from either: it points to none, rather than to whichever matched first.
 */
function ambiguousWords(edges: ReadonlyArray<{a: QuoteRef, b: QuoteRef}>, size: number): Set<QuoteRef> {
  // Walked by `forEach` with module callbacks (these loops, run once per story, were
  // compiled on-stack on a story of 1,000 articles).
  const reading: Partners = {partners: new Map(), keys: new PairSet(size), ambiguous: new Set()}
  edges.forEach(addPartners, reading)
  reading.partners.forEach(markAmbiguous, reading)
  return reading.ambiguous
}

/** What `ambiguousWords` gathers: each short quote's partners, the matched pairs, the quotes found ambiguous. */
interface Partners {
  partners: Map<QuoteRef, QuoteRef[]>
  keys: PairSet
  ambiguous: Set<QuoteRef>
}

function addPartners(this: Partners, edge: {a: QuoteRef, b: QuoteRef}): void {
  this.keys.add(edge.a, edge.b)
  addPartner(this.partners, edge.a, edge.b)
  addPartner(this.partners, edge.b, edge.a)
}

function markAmbiguous(this: Partners, list: readonly QuoteRef[], word: QuoteRef): void {
  if (anyPairApart(list, this.keys)) this.ambiguous.add(word)
}

/** Record `other` as a partner of `word` when `word` is a short quote. */
function addPartner(partners: Map<QuoteRef, QuoteRef[]>, word: QuoteRef, other: QuoteRef): void {
  if (word.tokens.length > shortQuote) return
  const list = partners.get(word)
  if (list) list.push(other)
  else partners.set(word, [other])
}

/** Whether two of `list` are neither matched (`keys`) nor pieces of one sentence. */
function anyPairApart(list: readonly QuoteRef[], keys: PairSet): boolean {
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!
    for (let j = i + 1; j < list.length; j++) {
      // Both read before the test: the pair that is not matched (rare on small stories) reads no element of its own.
      const b = list[j]!
      if (!keys.has(a, b) && !sentencePieces(a, b)) return true
    }
  }
  return false
}

function toGroup(refs: QuoteRef[], index: number): QuoteGroup {
  refs.sort((x, y) => x.index - y.index)
  let fullest = 0
  refs.forEach((ref, i) => {
    if (ref.tokens.length > refs[fullest]!.tokens.length) fullest = i
  })
  const base = joinedRendering(refs, refs[fullest]!)
  // Copies of one text (a statement many outlets carry) are compared with the fullest once.
  const compared = new Map<string, {verdict: ReturnType<typeof quoteVerdict>, similarity: number}>()
  const compare = (ref: QuoteRef) => {
    let result = compared.get(ref.quote.text)
    if (!result) {
      result = {verdict: quoteVerdict(base, {text: ref.quote.text, tokens: ref.tokens}), similarity: round(quoteSimilarity(base.tokens, ref.tokens).score)}
      compared.set(ref.quote.text, result)
    }
    return result
  }
  const members: QuoteGroupMember[] = refs.map((ref, i) => {
    const {verdict: {verdict, parts, changes}, similarity} = i === fullest ? {verdict: {verdict: 'identical' as const, parts: [], changes: []}, similarity: 1} : compare(ref)
    return {
      file: ref.source.file, article: ref.source.article.id, start: ref.quote.start, end: ref.quote.end, text: ref.quote.text,
      quote: ref.position, verdict, similarity, diff: [...parts], changes: [...changes], speaker: ref.speaker?.name ?? null
    }
  })
  const {speaker, overridden} = groupSpeaker(refs)
  return {
    id: `q${index + 1}`, speaker: speaker?.name ?? null, entity: speaker?.id ?? null, overridden,
    files: [...new Set(refs.map((ref) => ref.source.file))], fullest, members,
    diff: members.map((member, i) => ({member: i, verdict: member.verdict, parts: member.diff})).filter((entry) => entry.member !== fullest)
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
