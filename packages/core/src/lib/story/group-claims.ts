import {claimCosine} from './claim-vectors.js'
import {shareQuote} from './claim-quote-groups.js'
import {sharedArguments, statesOneFact} from './fact-evidence.js'
import {predicateKeys, sharedPredicates, type PredicateWords} from './predicate-words.js'
import {coverageEntries} from './claim-group-record.js'
import {featureIndex} from './feature-index.js'
import {packedMap} from '../packed-map.js'
import {memberSets} from './member-sets.js'
import {numbered} from './numbered.js'
import {sharedFeatures} from './shared-features.js'
import {sharedKeyCounts} from './shared-key-counts.js'
import {centreProbes} from './centre-probes.js'
import {groupAround, type Grouping} from './group-around.js'
import type {ClaimGroup, StoryClaim} from './types.js'

/** Blocking: a centre looks for partners through its rarest features only. */
const probesPerCentre = 10
/** Blocking: features carried by more claims than this are too common to find partners by. */
const maximumPosting = 200
/** A word in more than this share of the story's claims is a topic word ("the memos"): sharing it shows no fact. */
const topicShare = 0.2
/** … and in more claims than this: in a short story every word is in a good share of its few claims. */
const topicCount = 5

/** Claim groups, with what conflict-finding and relatedness need besides them. */
export interface GroupedClaims {
  groups: ClaimGroup[]
  /** Similarity of two claims (by index in the input), computed on demand and cached. */
  similarity: (a: StoryClaim, b: StoryClaim) => number
  /** How many words and entities two claims share (numbers, units and days aside): the evidence they state one fact. */
  shared: (a: StoryClaim, b: StoryClaim) => number
  /** How many entities two claims share: who or where the fact is about. */
  sharedEntities: (a: StoryClaim, b: StoryClaim) => number
  /** The alignment features of a claim (`claimFeatures`), as grouping made them; undefined for a claim not grouped. */
  featuresOf: (claim: StoryClaim) => ReadonlyMap<string, number> | undefined
}

/**
 * Group the claims that state one fact across outlets. Each group is a clique: every
 * member is close to every other (complete linkage), so a group never chains
 * through one shared name the way single linkage or a star does; and each member
 * shares with the centre a word that shows a fact or a value (`predicateKeys`), not
 * only names and an attribution frame ("Adler said"): a name is in every fact about
 * its bearer. Nor is a topic word the story uses in a good share of its claims
 * ("the memos", "the wall"): it is in most facts of the story. The most specific
 * claims (most numbers, dates and entities) are centres in turn; a centre's
 * candidates from other articles join in order of similarity, at most one per
 * article, each only if close to every member already in. A claim already in a
 * group can join another (a sentence can state two facts) but is no longer a centre.
 * Candidates come from an inverted index over the rarest features (blocking), never
 * from every pair. An outlet with no member but a claim near the centre is "maybe".
 */
export function groupClaims(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[], files: readonly string[],
  quotesOf: (claim: StoryClaim) => readonly number[] = noQuotes): ClaimGroup[] {
  return groupClaimsWithSimilarity(claims, entitiesOf, files, quotesOf).groups
}

const noQuotes = (): readonly number[] => []

/** `groupClaims`, with the similarity function it used (for conflicts and relatedness). */
export function groupClaimsWithSimilarity(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[], files: readonly string[],
  quotesOf: (claim: StoryClaim) => readonly number[] = noQuotes): GroupedClaims {
  const features = sharedFeatures(claims, entitiesOf)
  const position = new Map(claims.map((claim, i) => [claim, i]))
  const {documentFrequency, index, keysOf} = featureIndex(features)
  const {cosine} = claimCosine(features, documentFrequency)
  // Claims with one feature map (copies of one sentence about the same entities) are
  // one vector: `vector` numbers them, and a similarity is a function of the two
  // vectors alone. Two vectors of equal size but different feature order sum their
  // dot product in the order of the first argument, so the lower-numbered vector goes
  // first: a pair gives the same value to the last bit whichever way it is asked.
  const {ids: vector, count: vectors} = numbered(features, (feature) => feature)
  // The first two claims of each vector: a vector's similarity to itself is that of two distinct claims (1 but for rounding).
  const firstOf = new Int32Array(vectors).fill(-1)
  const secondOf = new Int32Array(vectors).fill(-1)
  vector.forEach((id, claim) => {
    if (firstOf[id] === -1) firstOf[id] = claim
    else if (secondOf[id] === -1) secondOf[id] = claim
  })
  const cache = new Map<number, number>()
  const similarVectors = (v: number, w: number) => {
    const key = v < w ? v * vectors + w : w * vectors + v
    let value = cache.get(key)
    if (value === undefined) {
      const a = firstOf[Math.min(v, w)]!
      const b = v === w ? secondOf[v]! : firstOf[Math.max(v, w)]!
      cache.set(key, value = cosine(a, b))
    }
    return value
  }
  const similar = (a: number, b: number) => (a === b ? 1 : similarVectors(vector[a]!, vector[b]!))
  // What shows a candidate states the centre's fact, not only names its people: a shared predicate word or value (made once per vector).
  const topicFrom = Math.max(topicCount, topicShare * claims.length)
  const isTopic = (key: string) => (documentFrequency.get(key) ?? 0) > topicFrom
  const predicatesOf: Array<PredicateWords | undefined> = []
  const predicates = (claim: number) => {
    const id = vector[claim]!
    let made = predicatesOf[id]
    if (!made) {
      predicatesOf[id] = made = predicateKeys(claims[claim]!.text, keysOf.get(features[claim]!)!.filter((key) => key.startsWith('n:')), isTopic)
    }
    return made
  }
  // Copies of one sentence (one vector) state what it states, and so do two sentences
  // that carry one quote (`quotesOf`); others must share enough of what shows a fact
  // (`statesOneFact`): one name and a word or two are in many different facts of one day's news.
  const quotes = claims.map(quotesOf)
  const factLink = (a: number, b: number) => vector[a] === vector[b] || shareQuote(quotes[a]!, quotes[b]!) || vectorsStateOneFact(a, b)
  // What two claims share is a function of their two vectors alone, and the same either
  // way round: read once per pair of vectors (copies of one sentence are asked again and again).
  const factCache = new Map<number, boolean>()
  const vectorsStateOneFact = (a: number, b: number) => {
    const v = vector[a]!
    const w = vector[b]!
    const key = v < w ? v * vectors + w : w * vectors + v
    let value = factCache.get(key)
    if (value === undefined) {
      factCache.set(key, value = statesOneFact(sharedPredicates(predicates(a), predicates(b)), sharedArguments(keyLists(a), features[b]!), () => similar(a, b)))
    }
    return value
  }
  // Each vector's entity keys and day keys, listed once (asked for many candidate pairs).
  const keyListsOf: Array<{entities: string[], days: string[]} | undefined> = []
  const keyLists = (claim: number) => {
    const id = vector[claim]!
    let made = keyListsOf[id]
    if (!made) {
      made = {entities: [], days: []}
      for (const key of features[claim]!.keys()) {
        if (key.startsWith('e:')) made.entities.push(key)
        else if (key.startsWith('d:')) made.days.push(key)
      }
      keyListsOf[id] = made
    }
    return made
  }
  // An outlet outside a group may carry it in other words ("maybe"): one such entry per outlet
  // serves every group, as one "carried" entry per outlet and stance does. Outlets with
  // nothing close are left out of the coverage (absent).
  const outside = coverageEntries(files)
  // Where each file stands in story order, so that a group's coverage is built from the
  // outlets it names, not by a walk over every outlet of the story per group.
  const placesOf = new Map<string, number[]>()
  files.forEach((file, place) => {
    const places = placesOf.get(file)
    if (places) places.push(place)
    else placesOf.set(file, [place])
  })
  const specificity = Float64Array.from(claims, (claim, i) => claim.quantities.length * 3 + claim.dates.length * 2 + features[i]!.size / 10)
  const order = packedMap(claims, (_, i) => i).sort((a, b) => specificity[b]! - specificity[a]! || a - b)
  // Files and texts numbered, and per-centre marks in typed arrays (stamped with the
  // centre), so the inner loops compare numbers, not strings, and make no sets.
  const {ids: fileId, count: fileCount} = numbered(claims, (claim) => claim.file)
  const textId = numbered(claims, (claim) => claim.text).ids
  const assigned = new Uint8Array(claims.length)
  const seenBy = new Int32Array(claims.length).fill(-1)
  const textIn = new Int32Array(claims.length).fill(-1)
  const groups: ClaimGroup[] = []
  const seenSets = memberSets()
  const probesOf = centreProbes(keysOf, documentFrequency, index, {probes: probesPerCentre, maximumPosting})
  // A centre's similarity to each vector, stamped with the centre: the copies of one
  // sentence in a posting are scored once (the value is the same to the last bit, the
  // centre always the first argument).
  const scoredFor = new Int32Array(vectors).fill(-1)
  const scores = new Float64Array(vectors)
  // Each outlet's closest sentence to the centre, by outlet number, stamped with the centre (no object per candidate).
  const bestFor = new Int32Array(fileCount).fill(-1)
  const bestClaim = new Int32Array(fileCount)
  const bestSimilarity = new Float64Array(fileCount)
  const outlets: number[] = []
  const grouping: Grouping = {
    claims, features, vector, probesOf, cosine, factLink, similar, similarVectors, fileId, textId, assigned, seenBy, textIn,
    scoredFor, scores, bestFor, bestClaim, bestSimilarity, outlets, seenSets, groups, placesOf, outside
  }
  for (let o = 0; o < order.length; o++) groupAround(grouping, order[o]!)
  const {shared, sharedEntities} = sharedKeyCounts(features, position, keysOf)
  return {
    groups,
    shared,
    sharedEntities,
    featuresOf: (claim) => features[position.get(claim) ?? -1],
    similarity: (a, b) => {
      const i = position.get(a)
      const j = position.get(b)
      return i === undefined || j === undefined ? 0 : similar(i, j)
    }
  }
}
