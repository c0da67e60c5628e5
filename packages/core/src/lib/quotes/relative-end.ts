import type {FrameToken} from './frame.js'
import {clauseAuxiliaries} from './function-words.js'
import {isWord} from './phrase-words.js'
import {beforeMainVerb} from './phrase-end.js'
import {isDash} from './content-stops.js'

// Reported content of a verb inside a relative clause ("Okafor, who endorsed Lund,
// left"; "voters who oppose the levy say …") ends where the relative clause does.

/** Relative pronouns that open a clause about the noun before them. */
const relativePronouns: ReadonlySet<string> = new Set(['who', 'which'])

/** Most words between the relative pronoun and the verb ("who last year formally endorsed"). */
const relativeReach = 4

/** The relative pronoun the verb at `v` belongs to, past auxiliaries and adverbs; -1 if none. */
function relativeBefore(tokens: readonly FrameToken[], v: number, lo: number): number {
  for (let k = v - 1; k >= Math.max(lo, v - relativeReach); k--) {
    const t = tokens[k]!
    if (!isWord(t) || t.cap) return -1
    if (relativePronouns.has(t.lower)) return k
  }
  return -1
}

/**
 * Where content [c, end] of the verb at `v` ends when the verb is in a relative
 * clause: at the comma or dash that closes a clause set off by commas ("Lund,
 * who endorsed Okafor on Monday, plans …"); before the main clause's verb after a
 * restrictive one ("Republicans who praised his bid warned …"), which for a
 * content that is a clause (`clause`) is the second verb ("who believe the toll
 * is unfair have signed …").
 */
export function relativeEnd(tokens: readonly FrameToken[], v: number, c: number, end: number, lo: number, clause: boolean, goesOn: (k: number) => boolean): number {
  const r = relativeBefore(tokens, v, lo)
  if (r < 0) return end
  if (tokens[r - 1]?.text === ',') {
    for (let k = c + 1; k <= end; k++) {
      const t = tokens[k]!
      if ((t.text === ',' && tokens[k + 1]?.kind === 'word' && !goesOn(k)) || isDash(tokens, k)) return k - 1
    }
    return end
  }
  if (!isWord(tokens[r - 1])) return end
  // An infinitive ("who want to cross at dawn will …") has no verb of its own before the main one.
  if (!clause || tokens[c]?.lower === 'to') return auxiliaryOrPast(tokens, c, end)
  // "Skippers who believe the toll is unfair have signed …": past the clause's own verb, the main clause's.
  const own = beforeMainVerb(tokens, c, end)
  return own < end ? auxiliaryOrPast(tokens, own + 1, end) : end
}

/** Before the first auxiliary or past verb in [c + 1, end] that is not the content's own ("to be named"). */
function auxiliaryOrPast(tokens: readonly FrameToken[], c: number, end: number): number {
  const cut = beforeMainVerb(tokens, c, end)
  // "to be expected", "to have won": an infinitive's own auxiliary is still the content.
  if (cut < end && tokens[cut]?.lower === 'to' && clauseAuxiliaries.has(tokens[cut + 1]!.lower)) return end
  return cut
}
