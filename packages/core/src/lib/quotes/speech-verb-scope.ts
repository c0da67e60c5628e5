import type {FrameToken} from './frame.js'
import {subordinators} from './function-words.js'
import {namingVerbs, outerLemmas, reportingVerbs} from './reporting-verbs.js'

// Which speech verbs before a quote are in reach of it: leading subordinate clauses,
// relative clauses, reports inside reports, modal verbs, and the verb classes that decide.

/** Whether a comma closes the relative clause of the verb at `v` before a later verb of `order`. */
export function skipsToVerb(tokens: readonly FrameToken[], v: number, order: readonly number[]): boolean {
  const next = order[order.indexOf(v) + 1]
  if (next === undefined) return false
  for (let k = v + 1; k < next; k++) if (tokens[k]!.text === ',') return true
  return false
}

/** A naming verb whose quote has just been passed no longer reaches the next quote. */
export function namingAt(tokens: readonly FrameToken[], verbs: number[]): boolean {
  // No verbs yet is the common case (a run of quotes): no read at index -1, which V8 makes a slow property lookup.
  if (verbs.length === 0) return false
  return namingVerbs.has(reportingVerbs.get(tokens[verbs[verbs.length - 1]!]!.lower) ?? '')
}

/** "While not every rumour is false, Vale said …": skip a leading subordinate clause. */
export function leadingSubordinate(tokens: readonly FrameToken[], lo: number, end: number): number {
  let i = lo
  while (i < end && ['and', 'but', 'so'].includes(tokens[i]!.lower)) i++
  if (!subordinators.has(tokens[i]?.lower ?? '')) return lo
  // "While Ade calls the plan a “bold start,” Lind …": a quote may hold the clause's closing comma.
  for (let k = i + 1; k < end; k++) if ((tokens[k]!.kind === 'punct' && tokens[k]!.text === ',') || (tokens[k]!.kind === 'quote' && /,\s*["'“”‘’«»]?\s*$/.test(tokens[k]!.text))) return k + 1
  return lo
}

/** Lemmas whose object is the person spoken to ("told the Ledger", "assured voters"). */
export const addressing = new Set(['tell', 'inform', 'assure', 'remind', 'ask', 'urge', 'thank', 'advise', 'brief'])

/** Finite forms of "be" and "have" that start a clause of their own after a naming verb's object. */
export const finiteBe = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will'])

/** Speech verbs whose quoted words, inside another report, are still their subject's. */
export const innerLemmas = new Set(['say', 'tell', 'ask'])

/** Whether the quote follows the verb at `v` after at most an object, an adverb and a comma or "that". */
export function directlyQuoted(tokens: readonly FrameToken[], v: number, q: number): boolean {
  let words = 0
  for (let k = v + 1; k < q; k++) {
    const t = tokens[k]!
    if (t.kind === 'quote' || t.kind === 'end') return false
    if (t.kind === 'word' && ++words > 6) return false
  }
  return true
}

/**
 * Whether an earlier speech verb of `scope` takes the clause that starts at `from` ("wrote that Marle …",
 * "said the president …", "said the plan is sound but that Marle …": a second "that" clause joined to the first).
 */
export function reportsClause(tokens: readonly FrameToken[], scope: readonly number[], from: number): boolean {
  // "that (Deputy Chief Ana) Reyes told him": a bracketed aside before the subject is part of it.
  let k = from - 1
  if (tokens[k]?.text === ')') for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (tokens[j]!.text === '(') { k = j - 1; break }
  const joined = tokens[k]?.lower === 'that' && ['and', 'but'].includes(tokens[k - 1]?.lower ?? '')
  return scope.some((v) => v < from && outerLemmas.has(reportingVerbs.get(tokens[v]!.lower) ?? '') && (joined || v === k || (v + 1 === k && tokens[k]!.lower === 'that')))
}

/** "will say", "would tell", "to ask": a report of words not (yet) said. */
export function modalBefore(tokens: readonly FrameToken[], v: number): boolean {
  return ['will', 'would', 'could', 'might', 'may', 'to', 'should', 'can'].includes(tokens[v - 1]?.lower ?? '')
}

/** Whether the clause of the verb at `v` opens with "as" ("As Pike pointed out, …"): its subject and a few words between. */
export function asOpens(tokens: readonly FrameToken[], lo: number, v: number): boolean {
  for (let k = v - 1; k >= Math.max(lo, v - 12); k--) {
    const t = tokens[k]!
    if (t.text === '(' || t.text === ')') continue
    if (t.kind !== 'word') return false
    // "But as the Courier pointed out, …": a conjunction may open the sentence before "as".
    if (t.lower === 'as') return k === lo || tokens[k - 1]!.kind !== 'word' || (k - 1 === lo && ['and', 'but', 'so', 'yet'].includes(tokens[k - 1]!.lower))
  }
  return false
}
