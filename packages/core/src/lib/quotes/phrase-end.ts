import type {FrameToken} from './frame.js'
import {clauseAuxiliaries, determiners, looksPast, pastForms, subjectPronouns} from './function-words.js'

/** Words before an auxiliary that make it part of the content ("to hire people who will …"). */
const relativeLinks = new Set(['who', 'which', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there'])

/**
 * A content that stands inside a noun phrase ("her plan to close the mill",
 * "groups backing Okafor") ends before the sentence's own verb, when one comes
 * before `end`: an auxiliary ("… the mill is unpopular") or a past verb with an
 * object ("… backing Okafor raised $2 million"). Returns the content's last token.
 */
export function beforeMainVerb(tokens: readonly FrameToken[], from: number, end: number): number {
  for (let k = from + 1; k <= end; k++) {
    if (relativeLinks.has(tokens[k - 1]!.lower)) continue
    if (clauseAuxiliaries.has(tokens[k]!.lower) || mainVerb(tokens, k)) return k - 1
  }
  return end
}

/** Words after an -ed form that show it is a verb: object pronouns, particles, prepositions, number words. */
const verbFollowers = new Set(['him', 'her', 'them', 'us', 'me', 'to', 'that', 'up', 'out', 'past', 'into', 'onto', 'through', 'across', 'toward', 'towards', 'from', 'with', 'at', 'on', 'in', 'for', 'over', 'back', 'down', 'off', 'away', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'more', 'most', 'nearly', 'about'])

/** A past verb at `k` with an object or a complement after it ("… angered voters", "… began March"). */
function mainVerb(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k]!
  const next = tokens[k + 1]
  // "the coordinated attacks": after a determiner it is an adjective.
  if (t.kind !== 'word' || t.cap || !looksPast(t.lower) || determiners.has(tokens[k - 1]!.lower)) return false
  // An irregular past ("gave", "took") is a verb; an -ed form is one before what a verb takes, not before a noun it describes ("undocumented immigrants").
  if (pastForms.has(t.lower)) return true
  return next === undefined || next.kind !== 'word' || next.cap || determiners.has(next.lower) || subjectPronouns.has(next.lower) || verbFollowers.has(next.lower) || /^\d/.test(next.lower)
}
