import {relativeOffsetOf} from '../claims/relative-offset.js'
import type {StanceCue} from '../claims/types.js'
import {boundsOf, canBothHold, formatQuantity, type Bounds} from './quantity-bounds.js'
import {hasLimit, limitPair} from './limit-conflicts.js'
import {countedQualifiers, disjoint, distancingWords, negationsOf, wordsOf} from './slot-values.js'
import type {ClaimGroup, Conflict, StoryClaim} from './types.js'
import {memberOf} from './conflict-member.js'

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

/** A conflict found in one group, with the slot it differs on (a number's unit; '' for days and stance). */
export type Draft = Omit<Conflict, 'id'> & {slot: string}

/** Members paired with every other member; the rest only with these. */
const pairedMembers = 12
/** Aligned pairs must be this close before a stance or polarity difference counts: the two must say one thing. */
const sameProposition = 0.4
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
  for (const member of members) {
    if (slots.has(member)) continue
    const bounds = new Map<string, Bounds[]>()
    for (const quantity of member.quantities) {
      if (quantity.unit === null || quantity.unit === 'fraction') continue
      if (!bounds.has(quantity.unit)) bounds.set(quantity.unit, [])
      bounds.get(quantity.unit)!.push(boundsOf(quantity))
    }
    slots.set(member, {
      units: bounds,
      day: context.namesEvent(member.text) ? null : dayOf(member),
      distanced: distancingWords(member, context.cuesOf(member)).length > 0,
      limited: hasLimit(member)
    })
  }
  // No slot that could differ anywhere in the group: nothing to pair.
  const first = slots.get(members[0]!)!
  const open = members.some((member) => {
    const slot = slots.get(member)!
    return slot.units.size > 0 || slot.day !== null || slot.distanced !== first.distanced || slot.limited
  })
  if (!open) return out
  // Each member's slots, file and flags in arrays read by position: the pair loop runs
  // some millions of times on a story of a thousand articles, and a pair with no slot
  // that could differ is dropped on these flags alone, before any map is read.
  const count = members.length
  const memberSlots = members.map((member) => slots.get(member)!)
  const fileIds = fileNumbers(members)
  const hasUnits = new Uint8Array(count)
  for (let i = 0; i < count; i++) hasUnits[i] = memberSlots[i]!.units.size > 0 ? 1 : 0
  for (let i = 0; i < Math.min(count, pairedMembers); i++) {
    const a = members[i]!
    const sa = memberSlots[i]!
    const aUnits = hasUnits[i] === 1
    // The first member's units as an array, read for every later member without an iterator per pair.
    const aEntries = aUnits ? [...sa.units] : []
    for (let j = i + 1; j < count; j++) {
      if (fileIds[i] === fileIds[j]) continue
      const sb = memberSlots[j]!
      const bothUnits = aUnits && hasUnits[j] === 1
      if (!bothUnits && (sa.day === null || sb.day === null) && sa.distanced === sb.distanced && !(sa.limited && sb.limited)) continue
      const b = members[j]!
      // A unit both give, with no two values that can both hold.
      let numbers = false
      if (bothUnits) {
        for (let u = 0; u < aEntries.length; u++) {
          const other = sb.units.get(aEntries[u]![0])
          if (other && !anyCanBothHold(aEntries[u]![1], other)) numbers = true
        }
      }
      const days = sa.day !== null && sb.day !== null && (sa.day.from !== sb.day.from || sa.day.to !== sb.day.to)
      const stance = sa.distanced !== sb.distanced
      const limits = sa.limited && sb.limited
      if (!numbers && !days && !stance && !limits) continue
      // Asked once per pair (the answer is the same each time it is asked).
      const shared = context.shared?.(a, b)
      if (shared !== undefined && shared < minimumShared) continue
      const similarity = context.similarity(a, b)
      // Each names a place the other does not ("in Ohio" / "in Florida"): two facts of
      // one kind, not one fact told two ways; their numbers and days may differ.
      // A number or a day is of a fact about someone or somewhere: with no entity in
      // common (entity finding can miss one), a pair needs one more shared word, so two
      // sentences of one shape ("his 3-year-old daughter") stay two facts.
      // (Only numbers, limits and days read it: a stance-only pair skips it.)
      const elsewhere = (numbers || limits || days) &&
        ((context.sharedEntities !== undefined && (shared ?? 0) < minimumShared + 1 && context.sharedEntities(a, b) === 0) || apart(a, b, context))
      if (numbers && !elsewhere) out.push(...numberConflicts(a, b, similarity, group.id))
      const limit = limits && !elsewhere ? limitConflict(a, b, similarity, group.id) : null
      if (limit) out.push(limit)
      const date = days && !elsewhere ? dateConflict(sa.day!, sb.day!, a, b, similarity, group.id) : null
      if (date) out.push(date)
      const distance = stance ? stanceConflict(a, b, similarity, group.id, context) : null
      if (distance) out.push(distance)
    }
  }
  return out
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

function numberConflicts(a: StoryClaim, b: StoryClaim, similarity: number, group: string): Draft[] {
  const out: Draft[] = []
  const units = new Set(a.quantities.map((q) => q.unit).filter((unit): unit is string => unit !== null && unit !== 'fraction'))
  for (const unit of units) {
    const qa = a.quantities.filter((q) => q.unit === unit)
    const qb = b.quantities.filter((q) => q.unit === unit)
    if (qb.length === 0) continue
    // Any pair of values that can both hold: the outlets may agree; no conflict on this unit.
    if (qa.some((x) => qb.some((y) => canBothHold(boundsOf(x), boundsOf(y))))) continue
    // One counted thing each: with several of one unit in a sentence, which matches which is a guess.
    if (qa.length > 1 || qb.length > 1) continue
    const x = qa[0]!
    const y = qb[0]!
    const cx = countedQualifiers(a, x)
    const cy = countedQualifiers(b, y)
    // "12 civilian deaths" / "14 military deaths", "3 killed" / "5 injured": two counted things.
    if (disjoint(cx.modifiers, cy.modifiers) || disjoint(cx.outcome, cy.outcome)) continue
    // "a five-year contract" / "over five years": a measure of one thing is not a measure of another.
    if ((x.counted ?? null) !== (y.counted ?? null)) continue
    const confidence = clamp(0.25 + similarity * 0.9)
    out.push({
      kind: 'number', group, confidence, slot: unit,
      reason: `aligned sentences (similarity ${similarity.toFixed(2)}) count one thing (${unit}) with values that cannot both hold`,
      summary: `${unit}: ${x.text} vs ${y.text}`,
      members: [{...memberOf(a), value: formatQuantity(x)}, {...memberOf(b), value: formatQuantity(y)}]
    })
  }
  return out
}

/** One limit given with its value included by one outlet and excluded by another ("over 18" / "18 or older"). */
function limitConflict(a: StoryClaim, b: StoryClaim, similarity: number, group: string): Draft | null {
  const pair = limitPair(a, b)
  if (!pair) return null
  const [x, y] = pair
  const slot = x.unit ?? y.unit ?? 'limit'
  return {
    kind: 'number', group, slot, confidence: clamp(0.2 + similarity * 0.9),
    reason: `aligned sentences (similarity ${similarity.toFixed(2)}) give one limit (${slot}) with the value ${x.value} included by one and excluded by the other`,
    summary: `${slot}: ${x.text} vs ${y.text}`,
    members: [{...memberOf(a), value: formatQuantity(x)}, {...memberOf(b), value: formatQuantity(y)}]
  }
}

/** One single day (or one week) per sentence, resolved; sentences naming an event are left to event conflicts. */
function apart(a: StoryClaim, b: StoryClaim, context: SlotContext): boolean {
  if (!context.placesOf) return false
  // A sentence names few places: lists, not sets, made per pair.
  const ea = context.placesOf(a)
  if (ea.length === 0) return false
  const eb = context.placesOf(b)
  return ea.some((e) => !eb.includes(e)) && eb.some((e) => !ea.includes(e))
}

/** Whether some value of `xs` and some of `ys` can both hold (plain loops: this runs per pair). */
function anyCanBothHold(xs: readonly Bounds[], ys: readonly Bounds[]): boolean {
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < ys.length; j++) if (canBothHold(xs[i]!, ys[j]!)) return true
  return false
}

interface Day {from: string, to: string, text: string}

/** The slots of one claim that a pair can differ on. */
export interface Slots {
  /** The bounds of its quantities, by unit. */
  units: Map<string, Bounds[]>
  day: Day | null
  distanced: boolean
  /** It gives a one-sided bound ("over 18", "18 or older"). */
  limited: boolean
}

function dayOf(claim: StoryClaim): Day | null {
  const dated = claim.dates.filter((date) => (date.from && date.to && date.to >= date.from && dayCount(date.from, date.to) <= 7) || monthDay.test(date.value ?? '') ||
    (!date.from && relativeOffsetOf(date.text) !== null))
  if (dated.length !== 1) return null
  const date = dated[0]!
  // "last week" in an undated article: its offset still compares with another undated one's.
  const relative = date.from ? null : relativeOffsetOf(date.text)
  if (relative) {
    const key = `${relativeKey}${relative.unit}:${relative.offset}`
    return {from: key, to: key, text: date.text}
  }
  // "Dec. 22" in an undated article: the month and day still compare with another's.
  if (!date.from || !date.to) return {from: date.value!, to: date.value!, text: date.text}
  return {from: date.from, to: date.to, text: date.text}
}

/** The prefix of an unresolved relative date's key ("~week:-2"): it compares only with another of its unit. */
const relativeKey = '~'

/** A month and day with no year ("--12-22"): what an undated article's "Dec. 22" resolves to. */
const monthDay = /^--\d\d-\d\d$/

/** Sentences that name an event are left to event conflicts (the caller checks). */
function dateConflict(da: Day, db: Day, a: StoryClaim, b: StoryClaim, similarity: number, group: string): Draft | null {
  // A day with no year compares only with another day with no year.
  if (monthDay.test(da.from) !== monthDay.test(db.from)) return null
  // An unresolved relative date compares only with another of its unit ("last week" / "two weeks ago").
  const unitOf = (day: Day) => (day.from.startsWith(relativeKey) ? day.from.slice(0, day.from.indexOf(':')) : null)
  if (unitOf(da) !== unitOf(db)) return null
  if (da.from <= db.to && db.from <= da.to) return null
  // The same relative words resolved against two articles' dates are no disagreement;
  // two different relative words are weaker evidence than two calendar dates.
  // Two unresolved offsets of one unit ("last week" / "two weeks ago" in undated
  // articles) are compared as they stand, not each resolved against a date that may be
  // wrong: the one doubt left is whether both were written on one day.
  const unresolved = unitOf(da) !== null
  const relatives = unresolved ? 1 : [da, db].filter((day) => relativeDate.test(day.text)).length
  if (!unresolved && relatives === 2 && da.text.toLowerCase().replace(/^on\s+/, '') === db.text.toLowerCase().replace(/^on\s+/, '')) return null
  return {
    kind: 'date', group, slot: '', confidence: clamp(0.35 + similarity * 0.6 - relatives * 0.08),
    reason: `aligned sentences (similarity ${similarity.toFixed(2)}) date the fact to days that do not meet`,
    summary: `dated ${da.text} (${range(da)}) vs ${db.text} (${range(db)})`,
    members: [{...memberOf(a), value: range(da)}, {...memberOf(b), value: range(db)}]
  }
}

/**
 * One outlet states in its own voice what another explicitly
 * distances ("alleged", "is believed to"): attribution ("according to", "X said")
 * is not distance. The distancing word must bear on what the two share: a content
 * word both sentences have within a few words of it.
 */
function stanceConflict(a: StoryClaim, b: StoryClaim, similarity: number, group: string, context: SlotContext): Draft | null {
  if (similarity < sameProposition) return null
  const ha = distancingWords(a, context.cuesOf(a))
  const hb = distancingWords(b, context.cuesOf(b))
  if ((ha.length > 0) === (hb.length > 0)) return null
  const [hedged, stated, words] = ha.length > 0 ? [a, b, ha] : [b, a, hb]
  // Only the outlet's own voice vouches: "X said P" does not, so it is no stance against "allegedly P".
  if (stated.stance !== 'asserted') return null
  if (negationsOf(hedged.text).length !== negationsOf(stated.text).length) return null
  // The distancing word must bear on what both say: the first content word it governs
  // ("alleged demands", "allegedly asked", "is believed to be cooperating") is in the other sentence.
  const stems = new Set(wordsOf(stated.text).map((w) => stemOf(w.word)))
  const bears = words.some((cue) => {
    const after = wordsOf(hedged.text.slice(cue.end - hedged.start, cue.end - hedged.start + 40))
    const head = after.find((w) => w.word.length > 3 && !auxiliaries.has(w.word))
    return head !== undefined && stems.has(stemOf(head.word))
  })
  if (!bears) return null
  const word = words[0]!.text
  return {
    kind: 'stance', group, slot: '', confidence: clamp(0.3 + similarity * 0.7),
    reason: `aligned sentences (similarity ${similarity.toFixed(2)}): one states it, the other distances it with "${word}"`,
    summary: `stated by ${stated.file}; "${word}" in ${hedged.file}`,
    members: [{...memberOf(stated), value: stated.stance}, {...memberOf(hedged), value: word}]
  }
}

/** Words between a distancing word and what it distances ("is believed to *be* cooperating"). */
const auxiliaries = new Set(['have', 'been', 'being', 'were', 'that', 'with', 'from', 'into', 'this', 'their', 'there'])

/** A crude stem for matching one word across two sentences: "demands"/"demand", "cooperating"/"cooperate". */
function stemOf(word: string): string {
  return word.replace(/(?:ing|ed|es|s|e)$/, '').slice(0, 7)
}

/** Relative dates ("on Thursday", "last week", "today") depend on each article's own date. */
const relativeDate = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|last|this|next|ago|weekend|earlier|later)\b/i

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
}

function range(day: {from: string, to: string}): string {
  // "~week:-2": two weeks before the day of writing.
  if (day.from.startsWith(relativeKey)) return `${day.from.slice(1).replace(':', ' ')} from the day of writing`
  return day.from === day.to ? day.from : `${day.from}/${day.to}`
}

function clamp(value: number): number {
  return Math.round(Math.min(0.95, Math.max(0, value)) * 100) / 100
}
