import type {Stance} from '../claims/types.js'
import {claimFeatures} from './claim-features.js'
import {claimCosine} from './claim-vectors.js'
import type {Carried, ClaimGroup, StoryClaim} from './types.js'

/** Blocking: a centre looks for partners through its rarest features only. */
const probesPerCentre = 10
/** Blocking: features carried by more claims than this are too common to find partners by. */
const maximumPosting = 200
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

/** Claim groups, with what conflict-finding and relatedness need besides them. */
export interface GroupedClaims {
  groups: ClaimGroup[]
  /** Similarity of two claims (by index in the input), computed on demand and cached. */
  similarity: (a: StoryClaim, b: StoryClaim) => number
  /** How many words and entities two claims share (numbers, units and days aside): the evidence they state one fact. */
  shared: (a: StoryClaim, b: StoryClaim) => number
  /** How many entities two claims share: who or where the fact is about. */
  sharedEntities: (a: StoryClaim, b: StoryClaim) => number
}

/**
 * Group the claims that state one fact across outlets. Each group is a clique: every
 * member is close to every other (complete linkage), so a group never chains
 * through one shared name the way single linkage or a star does. The most specific
 * claims (most numbers, dates and entities) are centres in turn; a centre's
 * candidates from other articles join in order of similarity, at most one per
 * article, each only if close to every member already in. A claim already in a
 * group can join another (a sentence can state two facts) but is no longer a centre.
 * Candidates come from an inverted index over the rarest features (blocking), never
 * from every pair. An outlet with no member but a claim near the centre is "maybe".
 */
export function groupClaims(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[], files: readonly string[]): ClaimGroup[] {
  return groupClaimsWithSimilarity(claims, entitiesOf, files).groups
}

/** `groupClaims`, with the similarity function it used (for conflicts and relatedness). */
export function groupClaimsWithSimilarity(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[], files: readonly string[]): GroupedClaims {
  const features = claims.map((claim) => claimFeatures(claim, entitiesOf(claim)))
  const position = new Map(claims.map((claim, i) => [claim, i]))
  const documentFrequency = new Map<string, number>()
  const index = new Map<string, number[]>()
  features.forEach((feature, i) => {
    for (const key of feature.keys()) {
      documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1)
      if (!index.has(key)) index.set(key, [])
      index.get(key)!.push(i)
    }
  })
  const total = claims.length
  const {cosine, ids} = claimCosine(features, documentFrequency)
  // Recomputing a cosine is cheaper than keeping every pair met (a large group's
  // cohesion alone meets the square of its size). Only pairs of equal size but
  // different features are kept: their sum runs in the order of whichever came
  // first, and a pair met again must give the same value to the last bit. Claims
  // with the same features in the same order (copies of one sentence) sum alike either way.
  const layouts = new Map<string, number>()
  const layout = ids.map((list) => {
    const key = list.join(',')
    if (!layouts.has(key)) layouts.set(key, layouts.size)
    return layouts.get(key)!
  })
  const cache = new Map<number, number>()
  const similar = (a: number, b: number) => {
    if (ids[a]!.length !== ids[b]!.length || layout[a] === layout[b]) return cosine(a, b)
    const key = a < b ? a * total + b : b * total + a
    let value = cache.get(key)
    if (value === undefined) cache.set(key, value = cosine(a, b))
    return value
  }
  const specificity = (i: number) => claims[i]!.quantities.length * 3 + claims[i]!.dates.length * 2 + features[i]!.size / 10
  const order = claims.map((_, i) => i).sort((a, b) => specificity(b) - specificity(a) || a - b)
  const assigned = new Set<number>()
  const groups: ClaimGroup[] = []
  const seenSets = new Set<string>()
  for (const centre of order) {
    if (assigned.has(centre)) continue
    // Each outlet's closest sentence only: its next best would state something else.
    const best = new Map<string, {claim: number, similarity: number}>()
    const near = new Map<string, number>()
    const seen = new Set<number>()
    const probes = [...features[centre]!.keys()]
      .filter((key) => (documentFrequency.get(key) ?? 0) <= maximumPosting)
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : 1))
      .slice(0, probesPerCentre)
    for (const key of probes) {
      for (const other of index.get(key) ?? []) {
        if (other === centre || seen.has(other) || claims[other]!.file === claims[centre]!.file) continue
        seen.add(other)
        const similarity = cosine(centre, other)
        const file = claims[other]!.file
        if (similarity >= minimumSimilarity) {
          const held = best.get(file)
          if (!held || held.similarity < similarity || (held.similarity === similarity && other < held.claim)) best.set(file, {claim: other, similarity})
        } else if (similarity >= maybeSimilarity) near.set(claims[other]!.file, Math.max(near.get(claims[other]!.file) ?? 0, similarity))
      }
    }
    if (best.size === 0) continue
    const candidates = [...best.values()].sort((a, b) => b.similarity - a.similarity || a.claim - b.claim)
    const members = [centre]
    const texts = new Set([claims[centre]!.text])
    for (const {claim} of candidates) {
      const file = claims[claim]!.file
      // Complete linkage: close to every member, not only to the centre.
      // A copy of a member's sentence (syndicated text) is as close to the rest as that member.
      const copy = texts.has(claims[claim]!.text)
      if (!copy && !members.slice(0, linkChecks).every((member) => similar(member, claim) >= linkSimilarity)) {
        near.set(file, Math.max(near.get(file) ?? 0, maybeSimilarity))
        continue
      }
      members.push(claim)
      texts.add(claims[claim]!.text)
    }
    if (members.length < 2) continue
    const key = [...members].sort((a, b) => a - b).join(',')
    if (seenSets.has(key)) continue
    seenSets.add(key)
    for (const member of members) assigned.add(member)
    let cohesion = 1
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) cohesion = Math.min(cohesion, similar(members[a]!, members[b]!))
    groups.push(toGroup(members.map((i) => claims[i]!), files, groups.length, near, cohesion))
  }
  const sharedKeys = (a: StoryClaim, b: StoryClaim, counts: (key: string) => boolean) => {
    const fa = features[position.get(a) ?? -1]
    const fb = features[position.get(b) ?? -1]
    if (!fa || !fb) return 0
    let count = 0
    for (const key of fa.keys()) if (counts(key) && fb.has(key)) count++
    return count
  }
  return {
    groups,
    shared: (a, b) => sharedKeys(a, b, (key) => key.startsWith('w:') || key.startsWith('e:')),
    sharedEntities: (a, b) => sharedKeys(a, b, (key) => key.startsWith('e:')),
    similarity: (a, b) => {
      const i = position.get(a)
      const j = position.get(b)
      return i === undefined || j === undefined ? 0 : similar(i, j)
    }
  }
}

function toGroup(members: StoryClaim[], files: readonly string[], index: number, near: ReadonlyMap<string, number>, cohesion: number): ClaimGroup {
  const counts = new Map<string, {value: number, unit: string | null, files: Set<string>}>()
  for (const member of members) {
    for (const quantity of member.quantities) {
      const key = `${quantity.value}:${quantity.unit ?? ''}`
      if (!counts.has(key)) counts.set(key, {value: quantity.value, unit: quantity.unit, files: new Set()})
      counts.get(key)!.files.add(member.file)
    }
  }
  const stanceOf = new Map<string, Stance>()
  for (const member of members) if (!stanceOf.has(member.file)) stanceOf.set(member.file, member.stance)
  return {
    id: `g${index + 1}`,
    members,
    quantities: [...counts.values()].map(({value, unit}) => ({value, unit})),
    coverage: files.map((file) => {
      const stance = stanceOf.get(file)
      const carried: Carried = stance ? 'carried' : near.has(file) ? 'maybe' : 'absent'
      return {file, stance: stance ?? 'absent', carried}
    }),
    cohesion: Math.round(cohesion * 1000) / 1000
  }
}
