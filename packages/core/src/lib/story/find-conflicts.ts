import {findClaimConflicts, type Draft, type SlotContext} from './claim-conflicts.js'
import type {ClaimGroup, Conflict, StoryClaim} from './types.js'
import {packedMap} from '../packed-map.js'
import {readableQuantity} from './quantity-bounds.js'

/** Conflicts below this confidence are not raised: a false alarm costs a fact-checker's trust. */
export const minimumConfidence = 0.5

/** Options for `findConflicts`. */
export interface ConflictOptions extends Partial<SlotContext> {
  /** Conflicts below this confidence are dropped. Default `minimumConfidence` (0.5). */
  readonly minimum?: number
}

/**
 * Disagreements between outlets: inside each claim group, slot by slot over pairs of
 * aligned members (numbers, days, stance; see `findClaimConflicts`), then `more`
 * (conflicts found elsewhere: events across groups, speakers, wording). Conflicts of
 * one kind in one group on one slot collapse into one with every outlet's value;
 * repeats (same kind, same sentences) are dropped; what remains is ranked by
 * confidence, and conflicts below the minimum are not raised.
 */
export function findConflicts(groups: readonly ClaimGroup[], more: ReadonlyArray<Omit<Conflict, 'id'>> = [], namesEvent: (text: string) => boolean = () => false, options: ConflictOptions = {}): Conflict[] {
  // A claim sits in several groups: what it names is read once.
  const named = new Map<string, boolean>()
  const names = options.namesEvent ?? namesEvent
  const context: SlotContext = {
    similarity: options.similarity ?? cohesionOf(groups),
    cuesOf: options.cuesOf ?? (() => []),
    namesEvent: (text) => {
      let value = named.get(text)
      if (value === undefined) named.set(text, value = names(text))
      return value
    },
    shared: options.shared,
    sharedEntities: options.sharedEntities,
    placesOf: options.placesOf,
    slots: new Map()
  }
  const collapsed = new Map<string, Omit<Conflict, 'id'>>()
  // Per collapsed conflict: the members it holds (file and offset), and its slot once
  // another draft merged into it (its summary is then made once, at the end, from
  // every member: a group of a thousand outlets merges a thousand drafts).
  const held = new Map<Omit<Conflict, 'id'>, {places: Set<string>, slot: string | null}>()
  // Loop bodies in functions of their own: this runs once per story, and its loops were
  // compiled on-stack (and again after a deoptimisation) for each story of 1,000 articles.
  for (let g = 0; g < groups.length; g++) collapseDrafts(groups[g]!, findClaimConflicts(groups[g]!, context), collapsed, held)
  for (const [conflict, state] of held) if (state.slot !== null) conflict.summary = summaryOf(conflict, state.slot)
  const minimum = options.minimum ?? minimumConfidence
  const seen = new Set<string>()
  const kept: Array<Omit<Conflict, 'id'>> = []
  for (const conflict of collapsed.values()) keepOnce(conflict, minimum, seen, kept)
  for (let m = 0; m < more.length; m++) keepOnce(more[m]!, minimum, seen, kept)
  return kept
    .map((conflict, order) => ({conflict, order}))
    .sort((a, b) => b.conflict.confidence - a.conflict.confidence || a.order - b.order)
    .map(({conflict}, i) => ({id: `x${i + 1}`, ...conflict}))
}

/**
 * One group's drafts collapsed into `collapsed` by group, kind and slot, with each
 * collapsed conflict's members and slot in `held`.
 */
function collapseDrafts(group: ClaimGroup, drafts: readonly Draft[], collapsed: Map<string, Omit<Conflict, 'id'>>,
  held: Map<Omit<Conflict, 'id'>, {places: Set<string>, slot: string | null}>): void {
  for (let d = 0; d < drafts.length; d++) {
    const draft = drafts[d]!
    const slot = draft.slot
    const key = `${group.id}\u0000${draft.kind}\u0000${slot}`
    const conflict = collapsed.get(key)
    if (!conflict) {
      // Every kind's conflict in one shape, its fields in the drafts' order (the
      // Story's key order): a copy made by spreading drafts of different kinds took
      // their different shapes, and setting a summary on them deoptimised this loop.
      const {reason, summary} = draft.words()
      const made: Omit<Conflict, 'id'> = {
        kind: draft.kind, group: draft.group, confidence: draft.confidence, reason, summary, members: [...draft.members]
      }
      collapsed.set(key, made)
      held.set(made, {places: new Set(made.members.map(placeOf)), slot: null})
      continue
    }
    const state = held.get(conflict)!
    for (const member of draft.members) {
      const place = placeOf(member)
      if (state.places.has(place)) continue
      state.places.add(place)
      conflict.members.push(member)
    }
    conflict.confidence = Math.max(conflict.confidence, draft.confidence)
    state.slot = slot
  }
}

/** `conflict` appended to `kept` when it reaches `minimum` and no conflict of its kind on the same sentences came before (`seen`). */
function keepOnce(conflict: Omit<Conflict, 'id'>, minimum: number, seen: Set<string>, kept: Array<Omit<Conflict, 'id'>>): void {
  if (conflict.confidence < minimum) return
  const key = `${conflict.kind}\u0000${conflict.members.map((m) => `${m.file}:${m.start}`).sort().join('|')}`
  if (seen.has(key)) return
  seen.add(key)
  kept.push(conflict)
}

/** A member's place: its file and where it starts. */
function placeOf(member: {file: string, start: number}): string {
  return `${member.file}\u0000${member.start}`
}

/** Without a similarity function, a pair is as close as its group's loosest pair. */
function cohesionOf(groups: readonly ClaimGroup[]): (a: StoryClaim, b: StoryClaim) => number {
  const of = new Map<StoryClaim, number>()
  for (const group of groups) for (const member of group.members) of.set(member, group.cohesion ?? 0.5)
  return (a, b) => Math.min(of.get(a) ?? 0, of.get(b) ?? 0)
}

/** The summary of collapsed conflicts: each distinct value once, by file, after the slot ("people injured:"). */
function summaryOf(conflict: Omit<Conflict, 'id'>, slot: string): string {
  const values = [...new Set(packedMap(conflict.members, (m) => (conflict.kind === 'number' ? readableQuantity(m.value) : m.value)))]
  return `${slot || conflict.kind}: ${values.join(' vs ')}`
}
