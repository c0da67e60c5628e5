import type {FrameToken} from './frame.js'
import {documentSubject} from './finding-subject.js'

// Small clauses: an object with its own predicate after a finding, seeing or judging verb
// ("the poll showed Adler leading", "voters see Reyes as a threat", "the audit shows how …").

/** Finding and seeing verbs whose object may carry its own predicate ("the poll showed Adler leading", "voters see Reyes as honest"). */
const smallClauseTakers = new Set(['show', 'find', 'see', 'view', 'regard', 'reveal'])
/** Question words that open a reported question or finding ("the review shows how …"). */
const whWords = new Set(['how', 'what', 'why', 'where', 'whether', 'who', 'which', 'when'])

/**
 * After a finding or seeing verb at `c - 1`: a question word ("shows how …"), or a
 * short noun phrase with its own predicate, a participle ("Adler leading") or
 * "as" ("Reyes as a threat").
 */
export function smallClause(tokens: readonly FrameToken[], c: number, lemma: string): boolean {
  if (!smallClauseTakers.has(lemma)) return false
  const first = tokens[c]
  if (!first || first.kind !== 'word') return false
  if (whWords.has(first.lower)) return lemma !== 'see' && lemma !== 'know' && lemma !== 'understand' && lemma !== 'learn'
  if (smallClauseBreaks.has(first.lower)) return false
  for (let k = c + 1; k < Math.min(tokens.length, c + 7); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (t.lower === 'as') return asTakers.has(lemma)
    if (/ing$/.test(t.lower) && !t.cap && t.lower.length > 5) return ingTakers.has(lemma) && !/sel(f|ves)$/.test(first.lower)
    if (smallClauseBreaks.has(t.lower)) return false
  }
  return false
}

/** Verbs whose object may carry a participle that belongs to the content ("the poll showed Adler leading"). */
const ingTakers = new Set(['show', 'find', 'reveal'])

/** "showed Adler leading in Marle, 45 percent to 30": a participle predicate, which runs on like a clause. */
export function ingPredicate(tokens: readonly FrameToken[], c: number, lemma: string): boolean {
  return ingTakers.has(lemma) && tokens[c]?.kind === 'word' && !whWords.has(tokens[c]!.lower) && smallClause(tokens, c, lemma)
}

/** Verbs whose object takes an "as" predicate that belongs to the content ("see Reyes as a threat"). */
const asTakers = new Set(['see', 'view', 'regard', 'consider', 'judge', 'project', 'list', 'describe', 'characterize', 'characterise', 'label', 'brand'])

/** Words a small clause's noun phrase never holds: a particle ("showed up"), a preposition or a conjunction. */
const smallClauseBreaks = new Set(['up', 'off', 'out', 'to', 'through', 'for', 'with', 'by', 'in', 'on', 'at', 'from', 'about', 'and', 'or', 'but', 'into', 'over', 'no'])

/** "see Reyes as a threat": an "as" a few words after the object's start, which the content keeps. */
export function asPredicate(tokens: readonly FrameToken[], c: number, hi: number, lemma: string): boolean {
  if (!asTakers.has(lemma)) return false
  for (let k = c + 1; k <= Math.min(hi, c + 7); k++) {
    if (tokens[k]!.kind !== 'word') return false
    if (tokens[k]!.lower === 'as') return true
  }
  return false
}

/** Finding verbs whose plain object is the finding when a document is their subject ("the poll showed a tight race"). */
const findingTakers = new Set(['show', 'find', 'reveal'])

/**
 * "the poll showed a narrow lead for Adler", "an audit found no record of the
 * payment": a finding verb at `v` whose subject a document noun heads
 * (`documentSubject`: right before it, over "also" or "has", or a few words back)
 * takes a plain noun phrase as what the document reports. The word before the verb
 * (over those) must be a word and not a possessive.
 */
export function findingObject(tokens: readonly FrameToken[], v: number, lemma: string): boolean {
  if (!findingTakers.has(lemma) || /ing$/.test(tokens[v]!.lower)) return false
  let k = v - 1
  while (k > 0 && tokens[k]!.kind === 'word' && ['also', 'has', 'have', 'had', 'both', 'all'].includes(tokens[k]!.lower)) k--
  const head = tokens[k]
  if (!head || head.kind !== 'word' || head.possessive) return false
  const next = tokens[v + 1]
  return documentSubject(tokens, v) && next !== undefined && next.kind === 'word' && (next.lower === 'no' || !smallClauseBreaks.has(next.lower))
}
