import type {ClaimGroup, Conflict, QuoteGroup, StoryClaim} from '../story/types.js'
import {changedStretches, shortValue} from './changed-value.js'
import {percent} from './rank-conflicts.js'
import {nameFiles, type ReportOutlets} from './report-outlets.js'
import {factBasis} from './shared-facts.js'
import {ownSpeaker} from './speaker-overrides.js'

/** A quote's changed words as people read them: “from” → “to”, joined by semicolons. */
export function changedWords(changes: ReadonlyArray<{from: string, to: string}>): string {
  return changes.map((change) => `“${change.from}” → “${change.to}”`).join('; ')
}

/**
 * What a reader of one rendering of a quote group needs, in a sentence: the speaker,
 * which rendering, its verdict with the changed words, and the speaker its own
 * outlet gives when the group's speaker overrides it.
 */
export function renderingNote(group: QuoteGroup, index: number): string {
  const member = group.members[index]!
  const changed = changedWords(member.changes)
  const role = index === group.fullest ? 'the fullest rendering' : `${member.verdict} against the fullest rendering${changed ? `: ${changed}` : ''}`
  const own = ownSpeaker(group, index)
  return `${group.speaker ? `Quote attributed to ${group.speaker}` : 'Quote with no named speaker'}: rendering ${index + 1} of ${group.members.length} of quote group ${group.id} (${role})${own ? `; this outlet attributes it to ${own}` : ''}.`
}

/** A claim's note: its stance, who asserts it, and the fact group it is in with how sure that grouping is. */
export function claimNote(claim: StoryClaim, group: ClaimGroup | undefined): string {
  const basis = group ? factBasis(group) : null
  return `Claim ${claim.claim}, ${claim.stance}${claim.assertor ? ` (source: ${claim.assertor})` : ' (the outlet’s own voice)'}${group ? `; fact group ${group.id}${basis ? ` (${basis})` : ''}` : ''}.`
}

/**
 * A conflict as seen from one outlet's sentence: kind, confidence, what differs, why,
 * the value this outlet gives (when short) and the words of its sentence that differ.
 */
export function conflictNote(conflict: Conflict, member: {value: string, text: string}, outlets: ReportOutlets): string {
  const value = shortValue(member.value, member.text)
  const words = changedStretches(conflict, member).map(([start, end]) => `“${member.text.slice(start, end)}”`)
  return `Conflict ${conflict.id} (${conflict.kind}, ${percent(conflict.confidence)} sure): ${nameFiles(conflict.summary, outlets)}. Why: ${nameFiles(conflict.reason, outlets)}.${value ? ` This outlet gives: ${value}.` : ''}${words.length ? ` Words that differ here: ${words.join(', ')}.` : ''}`
}
