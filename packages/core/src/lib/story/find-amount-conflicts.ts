import {canBothHold, formatQuantity, quantityBounds} from './quantity-bounds.js'
import {countedQualifiers, disjoint} from './slot-values.js'
import type {Conflict, StoryClaim} from './types.js'
import {UnionFind} from './union-find.js'

/** Figures this close (the larger over the smaller) are one figure told two ways, not two figures. */
const nearMiss = 1.25
/** Only figures this large: small counts ("two senators", "three senators") recur for different things in one story. */
const minimumValue = 100
/** Units of time measure a span, and spans of one story differ for good reasons ("day 12", "14 days"). */
const timeUnits = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'percent', 'percentage point', 'fraction'])

interface Figure {
  claim: StoryClaim
  index: number
  key: string
}

/**
 * Number conflicts across claim groups: a large figure (a sum of money, a count in
 * the hundreds or more) that outlets give as near misses of one another ("$4.2
 * million" / "$4.5 million" / "$4 million" for what the mayor of Riverton asks),
 * wherever their sentences were grouped. Outlets word such a sentence too differently
 * for the claim groups to meet, but a near miss of one unit is hardly chance: the two
 * figures are within a quarter of each other, cannot both hold (qualifiers honoured),
 * count one thing (no disjoint qualifiers), and the sentences name one entity in
 * common (the one who asks, pays or counts). Connected near misses collapse into one
 * conflict with every outlet's figure. Candidates come from an index by unit.
 */
export function findAmountConflicts(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => readonly string[]): Array<Omit<Conflict, 'id'>> {
  const byUnit = new Map<string, Figure[]>()
  // Walked by `forEach` (a loop of this function's own, run once per story, was compiled on-stack for each large one).
  claims.forEach(addFigures, byUnit)
  const joined = new UnionFind()
  const figureOf = new Map<string, Figure>()
  for (const [unit, figures] of byUnit) {
    // Sorted by value, a near miss is never further than the first figure out of reach.
    figures.sort(byValue)
    // Each figure's near misses in a module function, walked by `forEach`: the pair loop
    // in this once-per-story function was compiled on-stack on a story of 1,000 articles.
    const pairing: Pairing = {unit, entitiesOf, joined, figureOf}
    figures.forEach(joinNearMisses, pairing)
  }
  const components = joined.groups(figureOf)
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const figures of components) {
    // One member per sentence: its first figure in the component.
    const members = new Map<StoryClaim, Figure>()
    for (const figure of figures) if (!members.has(figure.claim)) members.set(figure.claim, figure)
    const unit = figures[0]!.claim.quantities[figures[0]!.index]!.unit!
    const texts = [...new Set([...members.values()].map((f) => f.claim.quantities[f.index]!.text))]
    const files = new Set([...members.keys()].map((claim) => claim.file))
    out.push({
      kind: 'number', group: null, confidence: Math.min(0.75, 0.5 + (files.size - 2) * 0.1),
      reason: `${files.size} outlets give one ${unit} figure as near misses (within a quarter of each other) that cannot all hold, in sentences naming one entity in common`,
      summary: `${unit}: ${texts.join(' vs ')}`,
      members: [...members.values()].map(({claim, index}) => ({
        file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text, value: formatQuantity(claim.quantities[index]!)
      }))
    })
  }
  return out
}

function byValue(a: Figure, b: Figure): number {
  return a.claim.quantities[a.index]!.value - b.claim.quantities[b.index]!.value
}

/** What one unit's pairing reads and fills (`joinNearMisses`). */
interface Pairing {
  unit: string
  entitiesOf: (claim: StoryClaim) => readonly string[]
  joined: UnionFind
  figureOf: Map<string, Figure>
}

/** Joins figure `i` (of figures sorted by value) with each later near miss that cannot both hold. */
function joinNearMisses(this: Pairing, a: Figure, i: number, figures: readonly Figure[]): void {
  const {unit, entitiesOf, joined, figureOf} = this
  const qa = a.claim.quantities[a.index]!
  for (let j = i + 1; j < figures.length; j++) {
    const b = figures[j]!
    const qb = b.claim.quantities[b.index]!
    if (qb.value > qa.value * nearMiss) break
    if (a.claim.file === b.claim.file) continue
    if (canBothHold(quantityBounds(qa), quantityBounds(qb))) continue
    if ((qa.counted ?? null) !== (qb.counted ?? null)) continue
    const ca = countedQualifiers(a.claim, {text: qa.text, unit})
    const cb = countedQualifiers(b.claim, {text: qb.text, unit})
    if (disjoint(ca.modifiers, cb.modifiers) || disjoint(ca.outcome, cb.outcome)) continue
    const ea = new Set(entitiesOf(a.claim))
    if (!entitiesOf(b.claim).some((entity) => ea.has(entity))) continue
    figureOf.set(a.key, a)
    figureOf.set(b.key, b)
    joined.union(a.key, b.key)
  }
}

/** One claim's figures (quantities with a unit other than time, of `minimumValue` or more), by unit. */
function addFigures(this: Map<string, Figure[]>, claim: StoryClaim): void {
  claim.quantities.forEach((quantity, index) => {
    if (!quantity.unit || timeUnits.has(quantity.unit) || quantity.value < minimumValue) return
    if (!this.has(quantity.unit)) this.set(quantity.unit, [])
    this.get(quantity.unit)!.push({claim, index, key: `${claim.file}\u0000${claim.start}\u0000${index}`})
  })
}
