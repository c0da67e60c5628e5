import {pushTo} from '../push-to.js'
import {consecutivePairs, maximumGap} from './quote-pieces.js'
import {speakerRelation, type QuoteRef} from './quote-refs.js'
import {shortQuote} from './quote-similarity.js'

/** A group of quotes as grouping grows it: its members, for lookup too, and its longest member. */
export interface Group {
  members: QuoteRef[]
  set: Set<QuoteRef>
  longest: QuoteRef
}

/**
 * Two quotes of one paragraph where the later has no attribution of its own (its
 * speaker is carried over from the one before) and only the earlier's attribution
 * stands between them, on one line: `"…were leaked to the press," she wrote on X. "Shameful!"`.
 * The writer cut one statement in two at a sentence to name its speaker.
 */
export function attributionSplits(refs: readonly QuoteRef[]): Array<[QuoteRef, QuoteRef]> {
  return consecutivePairs(refs, splitAtAttribution)
}

function splitAtAttribution(a: QuoteRef, b: QuoteRef): boolean {
  const cue = a.quote.cue
  if (a.source !== b.source || b.quote.speaker?.method !== 'previous-speaker' || speakerRelation(a, b) !== 'same') return false
  if (!cue || cue.start < a.quote.end || cue.end > b.quote.start) return false
  const gap = a.source.article.text.slice(a.quote.end, b.quote.start)
  return gap.length <= maximumGap && !gap.includes('\n')
}

/**
 * Join the group of each half of a split statement (`attributionSplits`) to the
 * group of the other half when other outlets quote only a few words of each:
 * one outlet's “disgraceful” matches the first half and its “phony” the second,
 * and all four render one statement. An outlet that quotes a half in full, as a
 * statement of its own, says the halves are two (they stay apart); so does one
 * that prints both halves in one rendering (one quote, or one quote carried over
 * a paragraph break): each half is an excerpt of it. Groups whose members name
 * two different people are not joined.
 */
export function bridgeHalves(groups: Group[], halves: ReadonlyArray<readonly [QuoteRef, QuoteRef]>,
  edges: ReadonlyArray<{a: QuoteRef, b: QuoteRef}>, memberOf: Map<QuoteRef, Group[]>): Group[] {
  if (halves.length === 0) return groups
  const partners = partnersOf(edges)
  const dropped = new Set<Group>()
  // Each split in a function of its own, compiled while the story is small (the loop
  // with all of it inside was compiled on-stack for each story of 1,000 articles).
  for (let h = 0; h < halves.length; h++) bridgeHalf(halves[h]![0], halves[h]![1], partners, memberOf, dropped)
  return dropped.size === 0 ? groups : groups.filter((group) => !dropped.has(group))
}

/** Each quote's partners: the quotes an edge pairs it with. */
function partnersOf(edges: ReadonlyArray<{a: QuoteRef, b: QuoteRef}>): Map<QuoteRef, QuoteRef[]> {
  const partners = new Map<QuoteRef, QuoteRef[]>()
  for (let e = 0; e < edges.length; e++) {
    pushTo(partners, edges[e]!.a, edges[e]!.b)
    pushTo(partners, edges[e]!.b, edges[e]!.a)
  }
  return partners
}

/** Join the group of the split statement's half `b` into that of `a` (adding the group left behind to `dropped`), when `bridgeHalves` says so. */
function bridgeHalf(a: QuoteRef, b: QuoteRef, partners: ReadonlyMap<QuoteRef, readonly QuoteRef[]>, memberOf: Map<QuoteRef, Group[]>, dropped: Set<Group>): void {
  const ga = memberOf.get(a) ?? []
  const gb = memberOf.get(b) ?? []
  if (ga.length !== 1 || gb.length !== 1 || ga[0] === gb[0] || coveredWhole(a, b, partners)) return
  const into = ga[0]!
  const from = gb[0]!
  if (!onlyExcerpts(into, a) || !onlyExcerpts(from, b) || !oneSpeaker(into, from)) return
  for (const ref of from.members) {
    if (into.set.has(ref)) continue
    into.members.push(ref)
    into.set.add(ref)
    if (ref.tokens.length > into.longest.tokens.length) into.longest = ref
    memberOf.set(ref, (memberOf.get(ref) ?? []).map((group) => (group === from ? into : group)))
  }
  dropped.add(from)
}

/**
 * Whether no two members of the two groups are read as two different speakers, named or
 * inferred: a question one person asks and another repeats before answering ("How tall
 * is it?" a girl asked; "…how tall is it going to be?" he said. "As tall as needed.")
 * is no statement cut in two.
 */
function oneSpeaker(into: Group, from: Group): boolean {
  return into.members.every((x) => from.members.every((y) => !x.speaker || !y.speaker || x.speaker.id === y.speaker.id))
}

/** Whether the group's quotes from other articles than the half's are all a few words (up to `shortQuote`) cut from it. */
function onlyExcerpts(group: Group, half: QuoteRef): boolean {
  return group.members.every((ref) => ref.source === half.source || ref.tokens.length <= shortQuote)
}

/** Whether a quote of another article renders both halves: one quote matches both, or a quote and its continuation over a paragraph break do. */
function coveredWhole(a: QuoteRef, b: QuoteRef, partners: ReadonlyMap<QuoteRef, readonly QuoteRef[]>): boolean {
  // By article: only a partner of b from x's own article can be x or carry it over (a statement
  // many outlets carry gives each half hundreds of partners; no pair of articles apart is tried).
  const ofB = new Map<unknown, QuoteRef[]>()
  for (const y of partners.get(b) ?? []) if (y.source !== b.source) pushTo(ofB, y.source, y)
  for (const x of partners.get(a) ?? []) {
    if (x.source === a.source) continue
    const mates = ofB.get(x.source)
    if (mates && mates.some((y) => y === x || carriedOver(x, y))) return true
  }
  return false
}

/** Whether `y` goes on from `x` over a paragraph break (reopened marks), or `x` from `y`. */
function carriedOver(x: QuoteRef, y: QuoteRef): boolean {
  if (x.source !== y.source) return false
  const [first, second] = x.quote.start < y.quote.start ? [x, y] : [y, x]
  return second.quote.continued && !/\S/u.test(first.source.article.text.slice(first.quote.end, second.quote.start).replace(/["'“”‘’«»]/gu, ''))
}
