import {toGroup, type coverageEntries} from './claim-group-record.js'
import {leastSimilarity} from './least-similarity.js'
import type {memberSets} from './member-sets.js'
import {packedMap} from '../packed-map.js'
import type {ClaimGroup, StoryClaim} from './types.js'

/** Similarity from which two claims of different outlets state one fact. */
export const minimumSimilarity = 0.25
/** Every pair of members must be at least this close (the centre, `minimumSimilarity`): no member unrelated to another. */
const linkSimilarity = 0.18
/**
 * A candidate is checked against the centre and the first members (the closest to
 * it) up to this many: exact complete linkage for stories of up to eight outlets,
 * and linear work, not quadratic, when a thousand articles repeat one sentence.
 */
const linkChecks = 8
/** Similarity from which an outlet with no member "maybe" carries the fact. */
const maybeSimilarity = 0.15
/** What one story's grouping reads and marks, centre after centre (`groupAround`). */
export interface Grouping {
  claims: readonly StoryClaim[]
  features: ReadonlyArray<ReadonlyMap<string, number>>
  /** Each claim's vector (claims with one feature map share it). */
  vector: ArrayLike<number>
  probesOf: (features: ReadonlyMap<string, number>) => ReadonlyArray<readonly number[]>
  cosine: (a: number, b: number) => number
  factLink: (a: number, b: number) => boolean
  similar: (a: number, b: number) => number
  similarVectors: (v: number, w: number) => number
  fileId: ArrayLike<number>
  textId: ArrayLike<number>
  assigned: Uint8Array
  seenBy: Int32Array
  textIn: Int32Array
  scoredFor: Int32Array
  scores: Float64Array
  bestFor: Int32Array
  bestClaim: Int32Array
  bestSimilarity: Float64Array
  outlets: number[]
  seenSets: ReturnType<typeof memberSets>
  groups: ClaimGroup[]
  placesOf: Map<string, number[]>
  outside: ReturnType<typeof coverageEntries>
}

/**
 * One centre's group, in a function of the module: TurboFan compiles it apart from
 * the once-per-compare set-up (the whole function with this loop inlined took some
 * 190 ms to compile, and its loop as many again on-stack, per story of 1,000
 * articles), and, not being a closure made per story, what it compiled on the
 * smaller stories before is still there for the next.
 */
export function groupAround(g: Grouping, centre: number): void {
  if (g.assigned[centre]) return
  const {claims, vector, bestClaim, bestSimilarity, outlets, textIn, textId} = g
  // Each outlet's closest sentence only: its next best would state something else.
  outlets.length = 0
  const near = new Map<string, number>()
  const probes = g.probesOf(g.features[centre]!)
  // Each posting in a function of its own: a long one is then compiled on-stack alone, not with all of this.
  for (let p = 0; p < probes.length; p++) scorePosting(g, centre, probes[p]!, near)
  if (outlets.length === 0) return
  const candidates = outlets.sort((a, b) => bestSimilarity[b]! - bestSimilarity[a]! || bestClaim[a]! - bestClaim[b]!)
  const members = [centre]
  textIn[textId[centre]!] = centre
  // Once the first `linkChecks` members are in, whether a candidate links depends on its vector alone.
  const links = new Map<number, boolean>()
  for (let c = 0; c < candidates.length; c++) {
    const claim = bestClaim[candidates[c]!]!
    const file = claims[claim]!.file
    // Complete linkage: close to every member, not only to the centre.
    // A copy of a member's sentence (syndicated text) is as close to the rest as that member.
    const joins = textIn[textId[claim]!] === centre || linksToMembers(g, members, links, claim)
    // Called for every candidate (a call made only for the rare one that fails had no type feedback on a small story, and deoptimised this loop on a large one).
    raiseNear(near, file, joins ? -1 : maybeSimilarity)
    if (!joins) continue
    members.push(claim)
    textIn[textId[claim]!] = centre
  }
  if (members.length < 2) return
  if (!g.seenSets.add(members)) return
  for (const member of members) g.assigned[member] = 1
  const cohesion = leastSimilarity(packedMap(members, (member) => vector[member]!), g.similarVectors)
  g.groups.push(toGroup(packedMap(members, (i) => claims[i]!), g.placesOf, g.groups.length, near, cohesion, g.outside))
}

/** Score the centre's candidates of one posting: each outlet's closest sentence (`bestFor`…), or a "maybe" in `near`. */
function scorePosting(g: Grouping, centre: number, posting: readonly number[], near: Map<string, number>): void {
  const {fileId, seenBy, vector, scoredFor, scores, bestFor, bestClaim, bestSimilarity} = g
  for (let k = 0; k < posting.length; k++) {
    const other = posting[k]!
    if (other === centre || seenBy[other] === centre || fileId[other] === fileId[centre]) continue
    seenBy[other] = centre
    const w = vector[other]!
    if (scoredFor[w] !== centre) {
      scoredFor[w] = centre
      scores[w] = g.cosine(centre, other)
    }
    const similarity = scores[w]!
    // Outlets by number (the claim's file read only when it is "maybe").
    const file = fileId[other]!
    if (similarity >= minimumSimilarity && g.factLink(centre, other)) {
      if (bestFor[file] !== centre) {
        bestFor[file] = centre
        g.outlets.push(file)
        bestClaim[file] = other
        bestSimilarity[file] = similarity
      } else if (bestSimilarity[file]! < similarity || (bestSimilarity[file] === similarity && other < bestClaim[file]!)) {
        bestClaim[file] = other
        bestSimilarity[file] = similarity
      }
    } else if (similarity >= maybeSimilarity) raiseNear(near, g.claims[other]!.file, similarity)
  }
}

/** Whether `claim` is close enough to every member in (to the first `linkChecks`, answered once per vector in `links`). */
function linksToMembers(g: Grouping, members: readonly number[], links: Map<number, boolean>, claim: number): boolean {
  if (members.length < linkChecks) return linksToFirst(g, members, members.length, claim)
  let linked = links.get(g.vector[claim]!)
  if (linked === undefined) links.set(g.vector[claim]!, linked = linksToFirst(g, members, linkChecks, claim))
  return linked
}

function linksToFirst(g: Grouping, members: readonly number[], count: number, claim: number): boolean {
  for (let m = 0; m < count; m++) if (!(g.similar(members[m]!, claim) >= linkSimilarity)) return false
  return true
}

/** `file`'s "maybe" similarity raised to `similarity` (nothing when it is negative). */
function raiseNear(near: Map<string, number>, file: string, similarity: number): void {
  if (similarity < 0) return
  near.set(file, Math.max(near.get(file) ?? 0, similarity))
}
