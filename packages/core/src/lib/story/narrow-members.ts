import {claimFeatures} from './claim-features.js'
import type {PropositionUnit} from './proposition-units.js'
import type {ClaimGroup, StoryClaim} from './types.js'
import {distinctQuantities} from './claim-group-record.js'
import {packedMap} from '../packed-map.js'

/**
 * Share of what a member's sentence has in common with the rest of its group that one
 * proposition must hold for the member to be that proposition alone: below it, the
 * shared words are spread over the sentence's clauses and the sentence stays whole.
 */
export const narrowShare = 0.75

/**
 * A member is weighed against this many other members at most (the first, closest to
 * the group's centre): enough for a story's outlets, and linear work when a thousand
 * articles carry one fact.
 */
const comparedMembers = 8

/**
 * Claim groups whose members are the one proposition of their sentence that states
 * the group's fact, where a sentence states several. In "Mayor Dana Okafor resigned
 * on Friday, and the council named her deputy, Sam Vale, to replace her", grouped
 * with another outlet's "Vale will replace Okafor", the member becomes "the council
 * named her deputy, Sam Vale, to replace her": the group shows the fact it aligned,
 * not the resignation beside it. A member narrows only when one proposition holds
 * most (`narrowShare`) of what its sentence shares with the other members, and no other proposition does, weighed
 * by the alignment features (words, entities, numbers, days); it then keeps the
 * quantities and dates inside its span and names its whole sentence (`sentence`).
 * Groups keep their ids and order; a group whose members all stay whole is
 * returned as it was.
 *
 * @param groups Claim groups of whole sentences.
 * @param unitsOf The propositions a sentence is aligned by (`propositionUnits`): one, the sentence, when it states one fact.
 * @param featuresOf The alignment features of a sentence (`claimFeatures`, as grouping made them).
 */
export function narrowMembers(groups: readonly ClaimGroup[], unitsOf: (claim: StoryClaim) => readonly PropositionUnit[],
  featuresOf: (claim: StoryClaim) => ReadonlyMap<string, number>): ClaimGroup[] {
  const narrowing: Narrowing = {unitsOf, featuresOf, features: new Map(), unitsByClaim: new Map()}
  return packedMap(groups, (group) => narrowGroup(group, narrowing))
}

/** What narrowing reads and keeps across groups. */
interface Narrowing {
  unitsOf: (claim: StoryClaim) => readonly PropositionUnit[]
  featuresOf: (claim: StoryClaim) => ReadonlyMap<string, number>
  /** Copies of one proposition (syndicated text) share their features. */
  features: Map<string, Map<string, number>>
  /** A sentence sits in several groups: its units are made once. */
  unitsByClaim: Map<StoryClaim, readonly PropositionUnit[]>
}

// Functions of the module, not closures made per story: what a story of 1,000 articles
// runs hot is then compiled on the smaller stories before it.

/** One group with its members narrowed (the group itself when none is). */
function narrowGroup(group: ClaimGroup, narrowing: Narrowing): ClaimGroup {
  // By number of units, then by text (within a group, copies of a sentence share the choice): no key string made per member.
  const chosen = new Map<number, Map<string, number>>()
  let members: StoryClaim[] | null = null
  for (let m = 0; m < group.members.length; m++) {
    const member = group.members[m]!
    const shown = narrowMember(member, group, narrowing, chosen)
    if (shown !== member && members === null) members = group.members.slice(0, m)
    if (members !== null) members.push(shown)
  }
  if (members === null) return group
  return {...group, members, quantities: distinctQuantities(members)}
}

/** The member as its group shows it: the one proposition that states the group's fact, or the member itself. */
function narrowMember(member: StoryClaim, group: ClaimGroup, narrowing: Narrowing, chosen: Map<number, Map<string, number>>): StoryClaim {
  let units = narrowing.unitsByClaim.get(member)
  if (!units) narrowing.unitsByClaim.set(member, units = narrowing.unitsOf(member))
  if (units.length < 2) return member
  const own = narrowing.featuresOf(member)
  let byText = chosen.get(units.length)
  if (!byText) chosen.set(units.length, byText = new Map())
  let choice = byText.get(member.text)
  if (choice === undefined) {
    const others: Array<ReadonlyMap<string, number>> = []
    for (const other of group.members) {
      if (others.length === comparedMembers) break
      if (other.text !== member.text) others.push(narrowing.featuresOf(other))
    }
    const unitFeatures: Array<ReadonlyMap<string, number>> = []
    const spans: StoryClaim[] = []
    for (let u = 0; u < units.length; u++) {
      unitFeatures.push(featuresOfUnit(units[u]!, narrowing.features))
      spans.push(units[u]!.member)
    }
    byText.set(member.text, choice = chooseUnit(own, unitFeatures, spans, others))
  }
  // The chosen unit may be the sentence itself (its main clause, an aside aside).
  if (choice < 0 || units[choice]!.member === units[choice]!.sentence) return member
  return {...units[choice]!.member, sentence: {start: member.start, end: member.end}}
}

/** A unit's alignment features, made once per text and entities (`features`). */
function featuresOfUnit(unit: PropositionUnit, features: Map<string, Map<string, number>>): Map<string, number> {
  const key = `${unit.member.text}\u0001${unit.entities.join('\u0002')}`
  let made = features.get(key)
  if (!made) features.set(key, made = claimFeatures(unit.member, unit.entities))
  return made
}

/**
 * The one unit (by index) that holds at least `narrowShare` of what the whole
 * sentence (`own`) shares with `others`, or -1: none does, or two do (the sentence
 * states the fact twice over and stays whole). Of a unit and an aside inside it that
 * both hold it, the aside counts (`spans`: each unit's offsets).
 */
function chooseUnit(own: ReadonlyMap<string, number>, units: ReadonlyArray<ReadonlyMap<string, number>>, spans: ReadonlyArray<{start: number, end: number}>,
  others: ReadonlyArray<ReadonlyMap<string, number>>): number {
  const whole = overlapWith(own, others)
  if (whole === 0) return -1
  const holding: number[] = []
  for (let i = 0; i < units.length; i++) if (overlapWith(units[i]!, others) >= whole * narrowShare) holding.push(i)
  // A unit that holds an aside holds what the aside shares too: the aside, the narrower, is the fact.
  const innermost = holding.filter((i) => !holding.some((k) => k !== i && spans[i]!.start <= spans[k]!.start && spans[k]!.end <= spans[i]!.end))
  return innermost.length === 1 ? innermost[0]! : -1
}

/** The weight of the features `features` has in common with each of `others`, summed (the lesser weight of each shared feature). */
function overlapWith(features: ReadonlyMap<string, number>, others: ReadonlyArray<ReadonlyMap<string, number>>): number {
  let sum = 0
  // `forEach`, not `for…of` over entries: no [key, weight] array is made per feature (some megabytes a story).
  for (const other of others) {
    features.forEach((weight, key) => {
      const theirs = other.get(key)
      if (theirs !== undefined) sum += Math.min(weight, theirs)
    })
  }
  return sum
}
