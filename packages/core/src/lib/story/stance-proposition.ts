import type {StanceCue} from '../claims/types.js'
import {wordsOf} from './slot-values.js'
import type {StoryClaim} from './types.js'
import {stemOf} from './stem-of.js'

/** Words that carry no proposition of their own: skipped when reading what a distancing word governs. */
export const light = new Set(['have', 'been', 'being', 'were', 'that', 'with', 'from', 'into', 'this', 'their', 'there', 'also', 'about',
  'then', 'than', 'them', 'they', 'will', 'would', 'could', 'should', 'which', 'when', 'what', 'while', 'some', 'such', 'said', 'says'])
/** Words that end the clause a distancing word governs. */
const clauseEnd = /[,;:.!?()“”"]/

/**
 * The name a relative clause hangs on, when the distancing word stands in one:
 * "Oren Vale, who has admitted the fraud and is believed to be helping investigators" is about
 * Wynne, not about the words just before "believed". No comma may fall between the
 * relative pronoun and the distancing word: the clause must still be open.
 */
const antecedent = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+(?:who|which)\s[^,;:()“”"]*$/u

/**
 * Verbs that only link a question's subject to what it asks about ("whether it
 * *involves* the records of …", "whether the plan *includes* schools"): the question's
 * head is the thing they link to.
 */
const linking = new Set(['involve', 'involves', 'involved', 'include', 'includes', 'included', 'concern', 'concerns', 'concerned', 'cover', 'covers', 'covered', 'contain', 'contains', 'contained'])

/** A distanced proposition: the governed word, its clause, its subject, the name it is about (if any) and its text. */
export interface Proposition {
  readonly head: string
  readonly clause: Set<string>
  readonly subject: Set<string>
  /** Stems of the relative clause's antecedent name, in order; empty when there is none. */
  readonly named: readonly string[]
  readonly text: string
  /** The content word after the head in the clause, stemmed ("cracks" after "knew"); null when none. */
  readonly partner: string | null
}

/** Words apart at most for a head and the word that completes it. */
const phraseReach = 3

/** Whether a sentence has the proposition's head with its partner at most `phraseReach` content words after it. */
export function phrase(text: string, proposition: Proposition): boolean {
  if (proposition.partner === null) return false
  const words = wordsOf(text).filter((w) => w.word.length > 3 && !light.has(w.word)).map((w) => stemOf(w.word))
  return words.some((word, i) => word === proposition.head && words.slice(i + 1, i + 1 + phraseReach).includes(proposition.partner!))
}

/**
 * The clause a distancing word governs (up to six content words) and its subject (the
 * antecedent name, else the two words before it). An open question holds its own
 * subject ("whether Okafor knew"): the words before "whether" are the asker's, and its
 * head is its first word that is not a name.
 */
export function governed(claim: StoryClaim, cue: StanceCue, question = false): Proposition | null {
  const at = cue.start - claim.start
  const rest = claim.text.slice(at + cue.text.length)
  const end = rest.search(clauseEnd)
  const words = wordsOf(rest.slice(0, end < 0 ? rest.length : end)).filter((w) => w.word.length > 3 && !light.has(w.word)).slice(0, 6)
  if (words.length < 2) return null
  const before = question ? [] : wordsOf(claim.text.slice(Math.max(0, at - 40), at)).filter((w) => w.word.length > 3 && !light.has(w.word)).slice(-2)
  const name = question ? null : antecedent.exec(claim.text.slice(0, at))
  const named = name ? wordsOf(name[1]!).map((w) => stemOf(w.word)) : []
  const head = question ? words.find((w) => !/^\p{Lu}/u.test(rest.slice(w.start, w.end)) && !linking.has(w.word)) : words[0]
  if (!head) return null
  return {
    head: stemOf(head.word),
    partner: words[words.indexOf(head) + 1] ? stemOf(words[words.indexOf(head) + 1]!.word) : null,
    clause: new Set(words.map((w) => stemOf(w.word))),
    subject: new Set(named.length > 0 ? named : before.map((w) => stemOf(w.word))),
    named,
    text: claim.text.slice(at, at + cue.text.length + (end < 0 ? rest.length : end)).trim()
  }
}
