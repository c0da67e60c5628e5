import type {StanceCue} from '../claims/types.js'
import {anyCanBothHold, quantityBounds, type Bounds} from './quantity-bounds.js'
import {hasLimit} from './limit-conflicts.js'
import {distancingWords} from './slot-values.js'
import type {ClaimGroup, Conflict, StoryClaim} from './types.js'
import {dateConflict, dayOf, type Day} from './claim-day-slot.js'
import {limitConflict, numberConflicts} from './claim-number-slot.js'
import {stanceConflict} from './claim-stance-slot.js'
import {slotKey} from './slot-key.js'

/** What slot comparison reads besides the group. */
export interface SlotContext {
  /** Similarity of two claims (`groupClaimsWithSimilarity`). */
  similarity: (a: StoryClaim, b: StoryClaim) => number
  /** Words and entities two claims share, numbers and days aside. */
  shared?: (a: StoryClaim, b: StoryClaim) => number
  /** Entities two claims share. */
  sharedEntities?: (a: StoryClaim, b: StoryClaim) => number
  /** What each claim can conflict on, kept across groups (a claim sits in several). */
  slots?: Map<StoryClaim, Slots>
  /** Cross-article ids of the places a claim names. */
  placesOf?: (claim: StoryClaim) => readonly string[]
  /** The stance words of a claim (offsets into its article). */
  cuesOf: (claim: StoryClaim) => readonly StanceCue[]
  /** Whether a sentence names an event of a known kind (its dates are compared event by event elsewhere). */
  namesEvent: (text: string) => boolean
}

/**
 * A conflict found in one group, with the slot it differs on (a number's unit; '' for
 * days and stance). Its reason and summary are made on demand (`words`): drafts of one
 * group, kind and slot collapse into one conflict that keeps the first draft's words,
 * and a story of a thousand articles made some 8,700 drafts for 15 conflicts.
 */
export type Draft = Omit<Conflict, 'id' | 'reason' | 'summary'> & {slot: string, words: () => {reason: string, summary: string}}

/** Members paired with every other member; the rest only with these. */
const pairedMembers = 12
/**
 * Words and entities a pair must share, besides the slot that differs, to be one fact:
 * short sentences ("You were 14 years old.") meet on the unit alone otherwise.
 */
const minimumShared = 3

/**
 * Conflicts inside one claim group, slot by slot over each pair of members from
 * different outlets: the number (one counted thing whose values cannot both hold),
 * the day (one fact dated to days that do not meet), the stance (one outlet states
 * it in its own voice, another explicitly distances it). Each comes with a
 * confidence from how close the pair is and how clear the slot is.
 */
export function findClaimConflicts(group: ClaimGroup, context: SlotContext): Draft[] {
  const out: Draft[] = []
  const members = group.members
  // What each member can conflict on, once (not once per pair): most pairs have no
  // slot that could differ and are never scored.
  const slots = context.slots ?? new Map<StoryClaim, Slots>()
  const count = members.length
  const memberSlots: Slots[] = []
  for (let i = 0; i < count; i++) {
    let slot = slots.get(members[i]!)
    if (slot === undefined) slots.set(members[i]!, slot = slotsOf(members[i]!, context))
    memberSlots.push(slot)
  }
  // Each member's slots as bits, read by position: the pair loop runs some millions of
  // times on a story of a thousand articles, and a pair with no slot that could differ
  // is dropped on its bits alone, before any object is read.
  const flags = slotFlags(memberSlots)
  // No slot that could differ anywhere in the group: nothing to pair.
  if (!flags.some((bits) => (bits & (hasUnits | hasDay | isLimited)) !== 0 || (bits & isDistanced) !== (flags[0]! & isDistanced))) return out
  const fileIds = fileNumbers(members)
  for (let i = 0; i < Math.min(count, pairedMembers); i++) pairWithLater(i, members, memberSlots, flags, fileIds, group.id, context, out)
  return out
}

/**
 * The conflicts of member `i` with each later member (`findClaimConflicts`): a
 * function of its own, so that the pair loop is compiled apart from the per-group set-up.
 */
function pairWithLater(i: number, members: readonly StoryClaim[], memberSlots: readonly Slots[], flags: Uint8Array, fileIds: Int32Array, group: string,
  context: SlotContext, out: Draft[]): void {
  const bitsA = flags[i]!
  // The first member's units as an array, read for every later member without an iterator per pair.
  const unitsA = (bitsA & hasUnits) !== 0 ? [...memberSlots[i]!.units] : []
  const keyA = memberSlots[i]!.key
  for (let j = i + 1; j < members.length; j++) {
    if (fileIds[i] === fileIds[j]) continue
    const bitsB = flags[j]!
    if ((bitsA & bitsB & (hasUnits | hasDay | isLimited)) === 0 && ((bitsA ^ bitsB) & isDistanced) === 0) continue
    // Copies of one sentence (the same values in every slot) can differ on none.
    if (keyA !== null && keyA === memberSlots[j]!.key) continue
    pairConflicts(members[i]!, members[j]!, memberSlots[i]!, memberSlots[j]!, unitsA, group, context, out)
  }
}

/** Slot bits: the member gives units, a day, a distancing word, a one-sided limit. */
const hasUnits = 1
const hasDay = 2
const isDistanced = 4
const isLimited = 8

/** Each member's slots as bits (`hasUnits`, `hasDay`, `isDistanced`, `isLimited`). */
function slotFlags(memberSlots: readonly Slots[]): Uint8Array {
  const flags = new Uint8Array(memberSlots.length)
  for (let i = 0; i < memberSlots.length; i++) {
    const slot = memberSlots[i]!
    flags[i] = (slot.units.size > 0 ? hasUnits : 0) | (slot.day !== null ? hasDay : 0) | (slot.distanced ? isDistanced : 0) | (slot.limited ? isLimited : 0)
  }
  return flags
}

/** What one claim can conflict on: its quantities' bounds by unit, its day, a distancing word, a one-sided limit. */
function slotsOf(member: StoryClaim, context: SlotContext): Slots {
  const bounds = new Map<string, Bounds[]>()
  for (const quantity of member.quantities) {
    if (quantity.unit === null || quantity.unit === 'fraction') continue
    if (!bounds.has(quantity.unit)) bounds.set(quantity.unit, [])
    bounds.get(quantity.unit)!.push(quantityBounds(quantity))
  }
  const day = context.namesEvent(member.text) ? null : dayOf(member)
  const distanced = distancingWords(member, context.cuesOf(member)).length > 0
  const limited = hasLimit(member)
  return {units: bounds, day, distanced, limited, key: slotKey(member, bounds, day, distanced, limited)}
}

/**
 * The conflicts of one pair of members whose slots could differ (numbers, limits,
 * days, stance), appended to `out`. Apart from the pair loop, which runs for every
 * pair: this runs for the few whose slots could differ.
 */
function pairConflicts(a: StoryClaim, b: StoryClaim, sa: Slots, sb: Slots, unitsA: ReadonlyArray<readonly [string, Bounds[]]>, group: string,
  context: SlotContext, out: Draft[]): void {
  // A unit both give, with no two values that can both hold.
  let numbers = false
  // Both give units (then `unitsA` is always a spread list: an empty literal of another array kind never reaches the loop).
  if (sa.units.size > 0 && sb.units.size > 0) {
    for (let u = 0; u < unitsA.length; u++) {
      const other = sb.units.get(unitsA[u]![0])
      if (other && !anyCanBothHold(unitsA[u]![1], other)) numbers = true
    }
  }
  const days = sa.day !== null && sb.day !== null && (sa.day.from !== sb.day.from || sa.day.to !== sb.day.to)
  const stance = sa.distanced !== sb.distanced
  const limits = sa.limited && sb.limited
  if (!numbers && !days && !stance && !limits) return
  // Asked once per pair (the answer is the same each time it is asked).
  const shared = context.shared?.(a, b)
  if (shared !== undefined && shared < minimumShared) return
  const similarity = context.similarity(a, b)
  // Each names a place the other does not ("in Ohio" / "in Florida"): two facts of
  // one kind, not one fact told two ways; their numbers and days may differ.
  // A number or a day is of a fact about someone or somewhere: with no entity in
  // common (entity finding can miss one), a pair needs one more shared word, so two
  // sentences of one shape ("his 3-year-old daughter") stay two facts.
  // (Only numbers, limits and days read it: a stance-only pair skips it.)
  const elsewhere = (numbers || limits || days) &&
    ((context.sharedEntities !== undefined && (shared ?? 0) < minimumShared + 1 && context.sharedEntities(a, b) === 0) || apart(a, b, context))
  if (numbers && !elsewhere) numberConflicts(a, b, sa.units, sb.units, similarity, group, out)
  const limit = limits && !elsewhere ? limitConflict(a, b, similarity, group) : null
  if (limit) out.push(limit)
  const date = days && !elsewhere ? dateConflict(sa.day!, sb.day!, a, b, similarity, group) : null
  if (date) out.push(date)
  const distance = stance ? stanceConflict(a, b, similarity, group, context) : null
  if (distance) out.push(distance)
}

/** Each member's file as a number (equal files, equal numbers). */
function fileNumbers(members: readonly StoryClaim[]): Int32Array {
  const numbers = new Map<string, number>()
  // A plain loop: `Int32Array.from` with a mapping function walks an iterator.
  const ids = new Int32Array(members.length)
  for (let i = 0; i < members.length; i++) {
    let id = numbers.get(members[i]!.file)
    if (id === undefined) numbers.set(members[i]!.file, id = numbers.size)
    ids[i] = id
  }
  return ids
}

/** Each names a place the other does not: two facts of one kind, not one told two ways. */
function apart(a: StoryClaim, b: StoryClaim, context: SlotContext): boolean {
  if (!context.placesOf) return false
  // A sentence names few places: lists, not sets, made per pair.
  const ea = placesIn(context, a)
  if (ea.length === 0) return false
  const eb = placesIn(context, b)
  return ea.some((e) => !eb.includes(e)) && eb.some((e) => !ea.includes(e))
}

/**
 * `context.placesOf(claim)` from one call site: the second claim's places are asked
 * for rarely, and a call of its own had seen one story's callback when the pair loop
 * was compiled, and deoptimised it on the next story's.
 */
function placesIn(context: SlotContext, claim: StoryClaim): readonly string[] {
  return context.placesOf!(claim)
}

/** The slots of one claim that a pair can differ on. */
export interface Slots {
  /** The bounds of its quantities, by unit. */
  units: Map<string, Bounds[]>
  day: Day | null
  distanced: boolean
  /** It gives a one-sided bound ("over 18", "18 or older"). */
  limited: boolean
  /** The values of its slots (`slotKey`): two members with one key differ on no slot; null when it is compared always. */
  key: string | null
}
