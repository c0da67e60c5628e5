import type {Proposition} from '../claims/types.js'
import {stemOf} from './stem-of.js'
import {holdingVerbs, nothingNew, somethingNew} from './novelty-words.js'
import {lookbehindGate} from './regex-gate.js'
import {onceByText} from './once-by-text.js'
import {wordsOf} from './slot-values.js'
import type {Conflict, StoryClaim} from './types.js'

/** Quicker regexes that match wherever `nothingNew` and `somethingNew` do. */
const nothingGate = lookbehindGate(nothingNew)
const somethingGate = lookbehindGate(somethingNew)
/** Whether a sentence says anything of novelty, once per distinct text (each regex behind its gate: the gate turns most sentences away sooner). */
const toldNovelty = onceByText((text) => (nothingGate.test(text) && nothingNew.test(text)) || (somethingGate.test(text) && somethingNew.test(text)))

/** Words of a subject that name nothing in particular. */
const vague = new Set(['they', 'this', 'that', 'these', 'those', 'which', 'there', 'also', 'other', 'some', 'most', 'many', 'such', 'first', 'last'])

/** A proposition that says whether its subject holds anything new. */
interface Reading {
  claim: StoryClaim
  /** Stems of the subject's content words ("file", "audit"). */
  subject: Set<string>
  novel: boolean
  /** The words that say so ("no notable information", "previously undisclosed"). */
  words: string
}

/**
 * Contradictions on novelty: one outlet says a thing (a set of documents, a
 * testimony, a report) holds nothing new ("the files, which contain no new
 * information, …") and another that it holds something new ("the files include
 * previously undisclosed emails", "material not reported before"). Compared one
 * proposition at a time (`Claim.propositions`): the subject of the holding verb (or
 * the name a relative clause hangs on) must share a content word across outlets.
 *
 * @param claims The story's claims.
 * @param propositionsOf The propositions of a claim (empty when none are known).
 */
export function findNoveltyConflicts(claims: readonly StoryClaim[], propositionsOf: (claim: StoryClaim) => readonly Proposition[]): Array<Omit<Conflict, 'id'>> {
  const readings: Reading[] = []
  for (const claim of claims) {
    // Cheap gate: most sentences say nothing about novelty.
    if (!toldNovelty(claim.text)) continue
    for (const proposition of propositionsOf(claim)) {
      const reading = readNovelty(claim, proposition)
      if (reading) readings.push(reading)
    }
  }
  const out: Array<Omit<Conflict, 'id'>> = []
  const used = new Set<Reading>()
  for (const none of readings.filter((r) => !r.novel)) {
    if (used.has(none)) continue
    const against = readings.filter((r) => r.novel && r.claim.file !== none.claim.file && [...r.subject].some((stem) => none.subject.has(stem)))
    if (against.length === 0) continue
    // Every outlet that says "nothing new" of that subject joins the one conflict.
    const shared = new Set([...none.subject].filter((stem) => against.some((r) => r.subject.has(stem))))
    const nones = readings.filter((r) => !r.novel && [...r.subject].some((stem) => shared.has(stem)))
    for (const r of [...nones, ...against]) used.add(r)
    const members = unique([...nones, ...against])
    out.push({
      kind: 'contradiction', group: null, confidence: shared.size > 1 ? 0.6 : 0.55,
      reason: `one outlet says the ${[...shared].join(', ')} hold nothing new ("${none.words}"), another that they hold something new ("${against[0]!.words}")`,
      summary: `${[...shared].join(', ')}: nothing new (${unique(nones).map((r) => r.claim.file).join(', ')}) vs new (${unique(against).map((r) => r.claim.file).join(', ')})`,
      members: members.map((r) => ({file: r.claim.file, article: r.claim.article, start: r.claim.start, end: r.claim.end, text: r.claim.text, value: r.novel ? 'new' : 'nothing new'}))
    })
  }
  return out
}

/** Whether a proposition says its subject holds something new or nothing new, and what that subject is. */
function readNovelty(claim: StoryClaim, proposition: Proposition): Reading | null {
  const text = proposition.text
  const verb = holdingVerbs.exec(text)
  if (!verb) return null
  const object = text.slice(verb.index + verb[0].length)
  const none = nothingNew.exec(object)
  const some = none ? null : somethingNew.exec(object)
  if (!none && !some) return null
  // A relative clause is about the name it hangs on ("the files, which contain …"), a
  // second verb phrase about the subject it shares ("the files arrived and contained …").
  const before = text.slice(0, verb.index)
  const subjectText = proposition.kind === 'relative' && proposition.subject ? proposition.subject.text
    : proposition.kind === 'coordinate' && proposition.subject ? `${proposition.subject.text} ${before}` : before
  const subject = new Set(wordsOf(subjectText).filter((w) => w.word.length > 3 && !vague.has(w.word)).map((w) => stemOf(w.word)))
  if (subject.size === 0) return null
  return {claim, subject, novel: !none, words: (none ?? some)![0]}
}

/** One member per claim. */
function unique(readings: readonly Reading[]): Reading[] {
  const seen = new Set<StoryClaim>()
  return readings.filter((r) => (seen.has(r.claim) ? false : (seen.add(r.claim), true)))
}
