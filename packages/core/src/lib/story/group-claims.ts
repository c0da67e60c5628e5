import type {Stance} from '../claims/types.js'
import {claimFeatures, cosine} from './claim-features.js'
import type {ClaimGroup, StoryClaim} from './types.js'

/** Blocking: a centre looks for partners through its rarest features only. */
const probesPerCentre = 10
/** Blocking: features carried by more claims than this are too common to find partners by. */
const maximumPosting = 200
/** Similarity from which two claims of different outlets state one fact. */
const minimumSimilarity = 0.25

/**
 * Group the claims that state one fact across outlets. Star clustering: the most
 * specific claims (most numbers, dates and entities) are centres in turn, and each
 * takes the claims of other articles close to it (IDF-weighted cosine over words,
 * entities, numbers and days), at most one per article, the closest; so groups do
 * not chain through shared names the way single linkage would. A claim already in
 * a group can join another (a sentence can state two facts: "a 90% ready 20-point
 * plan") but is no longer a centre. Candidates come from an inverted index over
 * the features, not from every pair.
 */
export function groupClaims(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[], files: readonly string[]): ClaimGroup[] {
  const features = claims.map((claim) => claimFeatures(claim, entitiesOf(claim)))
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
  const idf = (key: string) => Math.log(1 + total / (documentFrequency.get(key) ?? 1))
  const specificity = (i: number) => claims[i]!.quantities.length * 3 + claims[i]!.dates.length * 2 + features[i]!.size / 10
  const order = claims.map((_, i) => i).sort((a, b) => specificity(b) - specificity(a) || a - b)
  const assigned = new Set<number>()
  const groups: ClaimGroup[] = []
  for (const centre of order) {
    if (assigned.has(centre)) continue
    const best = new Map<string, {claim: number, similarity: number}>()
    const seen = new Set<number>()
    const probes = [...features[centre]!.keys()]
      .filter((key) => (documentFrequency.get(key) ?? 0) <= maximumPosting)
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : 1))
      .slice(0, probesPerCentre)
    for (const key of probes) {
      for (const other of index.get(key) ?? []) {
        if (other === centre || seen.has(other) || claims[other]!.file === claims[centre]!.file) continue
        seen.add(other)
        const similarity = cosine(features[centre]!, features[other]!, idf)
        if (similarity < minimumSimilarity) continue
        const file = claims[other]!.file
        if (!best.has(file) || best.get(file)!.similarity < similarity) best.set(file, {claim: other, similarity})
      }
    }
    if (best.size === 0) continue
    const members = [centre, ...[...best.values()].map((entry) => entry.claim)]
    for (const member of members) assigned.add(member)
    groups.push(toGroup(members.map((i) => claims[i]!), files, groups.length))
  }
  return groups
}

function toGroup(members: StoryClaim[], files: readonly string[], index: number): ClaimGroup {
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
    coverage: files.map((file) => ({file, stance: stanceOf.get(file) ?? 'absent'}))
  }
}
