import type {PairSet} from './pair-set.js'
import {sentencePieces} from './quote-pieces.js'
import type {QuoteRef} from './quote-refs.js'
import {sharedRuns} from './quote-similarity.js'
import type {Group} from './split-halves.js'

/** Words apart two excerpts may stand in the longer rendering and still be one utterance. */
const nearWords = 12

/** What complete-linkage grouping builds and reads, edge after edge. */
interface Linkage {
  /** One more than the largest quote index (keys `regions`). */
  size: number
  /** The pairs matched by their words (and pieces of one utterance). */
  matched: PairSet
  /** Each (longer, shorter) pair's stretch of the longer (`regionIn`), read once. */
  regions: Map<number, [number, number] | null>
  groups: Group[]
  memberOf: Map<QuoteRef, Group[]>
}

/**
 * Complete-linkage groups of `edges` (strongest first): a quote joins a group only
 * when it matches every member (`matched`, or pieces of one sentence) or stands near
 * it inside the group's fullest rendering. Each edge is placed by a function of its
 * own (`placeEdge`): it is compiled while the story is small, not inside a loop
 * compiled anew for each large story.
 */
export function linkEdges(edges: ReadonlyArray<{a: QuoteRef, b: QuoteRef}>, matched: PairSet, size: number): {groups: Group[], memberOf: Map<QuoteRef, Group[]>} {
  const linkage: Linkage = {size, matched, regions: new Map(), groups: [], memberOf: new Map()}
  // Walked by `forEach` (this loop, run once per story, was compiled on-stack with
  // `placeEdge` inlined on a story of 1,000 articles).
  edges.forEach(placeEach, linkage)
  return {groups: linkage.groups, memberOf: linkage.memberOf}
}

function placeEach(this: Linkage, edge: {a: QuoteRef, b: QuoteRef}): void {
  placeEdge(this, edge.a, edge.b)
}

function placeEdge(linkage: Linkage, a: QuoteRef, b: QuoteRef): void {
  const groupsOfA = linkage.memberOf.get(a)
  if (groupsOfA !== undefined) {
    for (let g = 0; g < groupsOfA.length; g++) if (groupsOfA[g]!.set.has(b)) return
  }
  const withA = joinable(linkage, a, b)
  if (withA) return join(linkage, withA, b)
  const withB = joinable(linkage, b, a)
  if (withB) return join(linkage, withB, a)
  const group: Group = {members: [], set: new Set(), longest: a}
  linkage.groups.push(group)
  join(linkage, group, a)
  join(linkage, group, b)
}

function join(linkage: Linkage, group: Group, ref: QuoteRef): void {
  group.members.push(ref)
  group.set.add(ref)
  if (ref.tokens.length > group.longest.tokens.length) group.longest = ref
  const groupsOf = linkage.memberOf.get(ref)
  if (groupsOf) groupsOf.push(group)
  else linkage.memberOf.set(ref, [group])
}

/** The first group of `member` whose every member `other` may join. */
function joinable(linkage: Linkage, member: QuoteRef, other: QuoteRef): Group | undefined {
  const groups = linkage.memberOf.get(member)
  if (groups === undefined) return undefined
  for (let g = 0; g < groups.length; g++) if (fitsAll(linkage, groups[g]!, member, other)) return groups[g]
  return undefined
}

function fitsAll(linkage: Linkage, group: Group, member: QuoteRef, other: QuoteRef): boolean {
  const members = group.members
  for (let m = 0; m < members.length; m++) {
    const each = members[m]!
    if (each !== member && !compatible(linkage, each, other) && !nearInside(linkage, group, each, other)) return false
  }
  return true
}

function compatible(linkage: Linkage, x: QuoteRef, y: QuoteRef): boolean {
  return linkage.matched.has(x, y) || sentencePieces(x, y)
}

/**
 * Two outlets' excerpts of one longer rendering (the group's fullest), near each
 * other in it, render one utterance even when neither contains the other ("show
 * clearly" and "NO COLLUSION" from one post); one outlet's separate quotes of one
 * long passage stay apart (it quoted them as two things).
 */
function nearInside(linkage: Linkage, group: Group, x: QuoteRef, y: QuoteRef): boolean {
  const c = group.longest
  if (x.source === y.source || c === x || c === y || c.tokens.length <= Math.max(x.tokens.length, y.tokens.length) || !compatible(linkage, c, x) || !compatible(linkage, c, y)) return false
  const a = regionOf(linkage, c, x)
  const b = regionOf(linkage, c, y)
  return a !== null && b !== null && Math.max(a[0], b[0]) - Math.min(a[1], b[1]) <= nearWords
}

function regionOf(linkage: Linkage, long: QuoteRef, short: QuoteRef): [number, number] | null {
  const key = long.index * linkage.size + short.index
  let region = linkage.regions.get(key)
  if (region === undefined) linkage.regions.set(key, region = regionIn(long, short))
  return region
}

/** The stretch of `long` (token range) that `short` renders, null when none is found. */
function regionIn(long: QuoteRef, short: QuoteRef): [number, number] | null {
  if (short.tokens.length === 1) {
    const at = long.tokens.findIndex((token) => token.word === short.tokens[0]!.word)
    return at < 0 ? null : [at, at + 1]
  }
  const runs = sharedRuns(long.tokens, short.tokens)
  if (runs.length === 0) return null
  return [Math.min(...runs.map((run) => run.a)), Math.max(...runs.map((run) => run.a + run.length))]
}
