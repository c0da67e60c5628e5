import type {Span} from '../types.js'
import {clauseJoiners, clausePronouns, subjectDeterminers} from './clause-words.js'
import {isFinite} from './finite-verb.js'
import type {Aside} from './find-asides.js'
import {joinsVerbPhrase, sharedSubject, type ClauseWord} from './shared-subject.js'

/** A quick test for a joiner anywhere in a stretch: most sentences without one are left whole at once. */
const joinerTest = /;|(?<![\p{L}])(?:and|but|while|whereas|yet)(?![\p{L}])/iu

/** A word or a semicolon, as the clauses are read. */
const clauseWord = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|;/gu

/** Words after a joiner within which the new clause's verb must come ("and [the new harbour master] took over"). */
const subjectReach = 5

/** Contrasts that may open a sentence, each side a fact of its own ("While the vote was close, the council …"). */
const frontedContrasts: ReadonlySet<string> = new Set(['while', 'whereas'])

/** One clause of a stretch: its span, and the subject it shares with the clause before when it is a verb phrase of its own. */
export interface Clause extends Span {
  /** "Okafor" in "Okafor resigned on Friday and left the city" for "left the city"; null when the clause names its own subject. */
  subject: Span | null
}

/**
 * The clauses of a stretch of one sentence: split where "and", "but", "while",
 * "whereas" or "yet" (after a comma or not), or a semicolon, opens a clause with a
 * subject and a finite verb of its own ("Okafor resigned on Friday and her deputy
 * took over"), and where "and" or "but" opens a second verb phrase of the same
 * subject ("Okafor resigned on Friday and left the city": "left the city" is Okafor's,
 * and carries her name as its `subject`). A conjunction that joins names or phrases
 * ("Okafor and Vale resigned", "roads and bridges") splits nothing, nor does one whose
 * first clause has no verb yet, nor one between two short verb phrases ("rose and
 * fell sharply"). A sentence opened by "While" or "Whereas" splits at the comma
 * before its main clause ("While the vote was close, the council delayed it").
 * Splits never fall inside an aside.
 *
 * @returns The stretch itself when nothing splits it, else its clauses in order.
 */
export function clauseSplits(text: string, region: Span, asides: readonly Aside[] = []): Clause[] {
  const slice = text.slice(region.start, region.end)
  if (!joinerTest.test(slice)) return [{start: region.start, end: region.end, subject: null}]
  const words: ClauseWord[] = []
  clauseWord.lastIndex = 0
  for (let m = clauseWord.exec(slice); m !== null; m = clauseWord.exec(slice)) words.push({word: m[0], start: region.start + m.index, end: region.start + m.index + m[0].length})
  const cuts: Array<{at: number, subject: Span | null}> = []
  // The first word of the clause being read, whether it has a finite verb yet, and its subject (the words before that verb).
  let clauseStart = 0
  let verb = false
  // The clause's subject, read when a verb phrase is split off (undefined: not read yet).
  let subject: Span | null | undefined = null
  let firstVerb = 0
  // "While the vote was close, the council …": a fronted contrast ends at the comma before the main clause.
  let fronted = words.length > 0 && frontedContrasts.has(words[0]!.word.toLowerCase())
  for (let i = 0; i < words.length - 2; i++) {
    const w = words[i]!
    const lower = w.word.toLowerCase()
    if (i === 0 || (w.word !== ';' && !clauseJoiners.has(lower))) {
      // Only the first comma after the contrast's verb may end it: a later one opens an aside or a list ("…, his rival, Senator Vale, …").
      if (fronted && verb && i - clauseStart >= 3 && text.slice(words[i - 1]!.end, w.start).includes(',') && !asides.some((a) => w.start >= a.start && w.start < a.end)) {
        fronted = false
        if (opensClause(words.slice(i, i + 1 + subjectReach).map((x) => x.word), ',', words[i - 1]!.word)) {
          cuts.push({at: w.start, subject: null})
          clauseStart = i
          verb = false
          subject = null
        }
      }
      if (!verb && isFinite(w.word) && !/^\p{Lu}/u.test(w.word)) {
        verb = true
        firstVerb = i
        subject = undefined
      }
      continue
    }
    if (asides.some((a) => w.start >= a.start && w.start < a.end)) continue
    // The clause before must say something too: three words at least since the last
    // cut, with a verb of its own ("Okafor and Vale resigned" joins two subjects, not two clauses).
    if (i - clauseStart < 3 || !verb) continue
    if (opensClause(words.slice(i + 1, i + 2 + subjectReach).map((x) => x.word), text.slice(words[i - 1]!.end, w.start), words[i - 1]!.word)) {
      cuts.push({at: w.start, subject: null})
      clauseStart = i
      verb = false
      subject = null
    } else if (subject !== null && joinsVerbPhrase(text, region, words, clauseStart, i) &&
      (subject ??= sharedSubject(text, words, clauseStart, firstVerb, asides)) !== null) {
      // "… and left the city": the same subject's second verb phrase; it keeps the subject (and stays the clause being read).
      cuts.push({at: w.start, subject})
      clauseStart = i
    }
  }
  if (cuts.length === 0) return [{start: region.start, end: region.end, subject: null}]
  const parts: Clause[] = []
  let from = region.start
  let shared: Span | null = null
  for (const cut of cuts) {
    parts.push({start: from, end: cut.at, subject: shared})
    from = cut.at
    shared = cut.subject
  }
  parts.push({start: from, end: region.end, subject: shared})
  return parts
}

/**
 * Whether the words after a joiner open a clause: a subject (a pronoun, a name, or a
 * determiner and its noun) and then, within a few words, a finite verb. A list of
 * names or nouns ("and Vale", "and bridges") has no verb of its own.
 */
function opensClause(next: readonly string[], gap: string, previous: string): boolean {
  const [first, second] = next
  if (!first || !second || first === ';') return false
  const lower = first.toLowerCase()
  const punctuated = /[,;]/.test(gap) || previous === ';'
  // "and that …", "and this" need a verb right after them to be a subject.
  if (clausePronouns.has(lower)) return isFinite(second) && !(lower === 'that' && !punctuated)
  const capital = /^\p{Lu}/u.test(first)
  if (!capital && !subjectDeterminers.has(lower)) return false
  // "the House and Senate committees had …": with no comma, two capitalised words around
  // "and" are one name's parts; a name opens a clause only with its verb right after it.
  if (capital && !punctuated && (/^\p{Lu}/u.test(previous) || !isFinite(second))) return false
  // The verb comes after at least one word of the subject, before any other joiner or a
  // word that opens a clause inside the subject ("claims by critics that they were …").
  for (let k = 1; k < next.length; k++) {
    const w = next[k]!
    if (w === ';' || clauseJoiners.has(w.toLowerCase()) || subordinators.has(w.toLowerCase())) return false
    if (isFinite(w) && !/^\p{Lu}/u.test(w)) return true
  }
  return false
}

/** Words that open a clause inside a noun phrase: a verb after them is that clause's, not the subject's. */
const subordinators = new Set(['that', 'who', 'which', 'whom', 'whose', 'when', 'where', 'if', 'whether', 'because', 'as', 'than'])
