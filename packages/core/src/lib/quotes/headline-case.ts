import {attitudeVerbs} from './attitude-verbs.js'
import type {FrameToken} from './frame.js'
import {reportingVerbs} from './reporting-verbs.js'

/** Short words a title-case headline leaves in lower case ("of", "to", "a"). */
const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'over'])

/**
 * Whether tokens [lo, hi] are a title-case headline ("Mayor Okafor Says Bridge Will
 * Reopen"): at least four words, and every word but the minor ones capitalised. In
 * such a line a capital letter says nothing about names, so verbs are read by form.
 */
export function isTitleCase(tokens: readonly FrameToken[], lo: number, hi: number): boolean {
  let words = 0
  for (let k = lo; k <= hi; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || !/^[a-z]/i.test(t.text)) continue
    words++
    if (!t.cap && !minorWords.has(t.lower)) return false
  }
  return words >= 4
}

/**
 * The lemma of a reporting or attitude verb at `v` in a title-case headline. Only an
 * inflected form counts ("Says", "Endorses", "Slammed"): a bare form ("Call",
 * "Support") or an -ing form is as often a noun or a modifier there.
 */
export function headlineVerb(tokens: readonly FrameToken[], v: number): string | null {
  const t = tokens[v]!
  const lemma = reportingVerbs.get(t.lower) ?? attitudeVerbs.get(t.lower)
  if (!lemma || t.lower === lemma || /ing$/.test(t.lower) || v === 0) return null
  const before = tokens[v - 1]
  // "Marle's Claims", "The Reports": after a possessive or an article the word is a noun.
  if (!before || before.kind !== 'word' || before.possessive || ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(before.lower)) return null
  return lemma
}
