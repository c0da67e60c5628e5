import type {FrameToken} from './frame.js'
import {determiners, subjectPronouns} from './function-words.js'

// What a reporting verb takes besides a that-clause (a gerund, "called on X to"), and
// when a naming verb judges what it names rather than only naming it.

/** Clause-taking lemmas whose complement may be a gerund ("proposed closing the mill"); not aspect verbs ("began running"). */
export const gerundTakers = new Set(['propose', 'suggest', 'recommend', 'advocate', 'deny', 'admit', 'oppose', 'favor', 'favour', 'reject', 'defend', 'discuss', 'demand', 'request'])

/** "called on the council to resign": "on", a short object and "to". */
export function callsOn(tokens: readonly FrameToken[], v: number): boolean {
  if (tokens[v + 1]?.lower !== 'on') return false
  for (let k = v + 3; k <= v + 9; k++) {
    const t = tokens[k]
    if (!t || t.kind !== 'word') return false
    if (t.lower === 'to') return true
  }
  return false
}

/** Naming verbs that judge what they name ("described the plan as reckless", "called him a liar"), unlike "a town called Marle". */
const judgingNames = new Set(['describe', 'characterize', 'characterise', 'label', 'brand', 'dub'])

/**
 * "Adler described the plan as …", "Reyes has called him a liar": a naming verb
 * right after its subject (or its auxiliary) judges its object; after a noun with
 * no subject ("a town called Marle", "what she described as") it only names.
 */
export function judgedNaming(tokens: readonly FrameToken[], v: number, lemma: string): boolean {
  if (!judgingNames.has(lemma)) return false
  const before = tokens[v - 1]
  const next = tokens[v + 1]
  if (!before || before.kind !== 'word' || !next || next.kind !== 'word' || ['as', 'by', 'it', 'for', 'up', 'off'].includes(next.lower)) return false
  if (['what', 'so', 'as'].includes(before.lower)) return false
  return subjectLike(before) || ['has', 'have', 'had', 'also', 'once', 'repeatedly', 'even'].includes(before.lower)
}

/** Auxiliaries and words after which a noun-like form is a verb ("will support", "to attack", "who support"). */
const verbOpeners = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'to', 'who', 'also', 'still', 'never', 'often', 'always', 'now', 'strongly', 'largely', 'generally'])

/** A word before a noun-like verb form that shows it is a verb: a pronoun, a name, a plural noun or an auxiliary. */
export function subjectLike(t: FrameToken | undefined): boolean {
  if (!t || t.kind !== 'word' || t.possessive) return false
  return subjectPronouns.has(t.lower) || verbOpeners.has(t.lower) || /ly$/.test(t.lower) || (t.cap && !determiners.has(t.lower)) || (/[^s'’]s$/.test(t.lower) && !determiners.has(t.lower))
}
