import {stemOf} from './stem-of.js'
import type {Held} from './polarity.js'
import {wordsOf} from './slot-values.js'

/** Prepositions that open the complement of a phrase ("crimes related *to* X", "questions *about* X"). */
const prepositions = new Set(['of', 'to', 'for', 'about', 'on', 'in', 'with', 'from', 'over', 'against', 'into', 'by'])
/** Words inside a complement that say nothing of what it is ("the", "his", "any"). */
const light = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'any', 'some', 'all'])
/** Words that end the complement. */
const clauseBreak = /[,;:.!?()“”"—–]|\s-\s/u
/** Content words of a complement that are compared. */
const reach = 3

/** The complement after a phrase: its preposition and its first content words, stemmed. */
export interface Complement {
  readonly preposition: string
  readonly stems: ReadonlySet<string>
}

/**
 * What completes a held phrase in its sentence: the prepositional phrase right after
 * its last word ("charges tied | to ballot fraud"), read up to the clause's
 * end. Two sentences that hold one phrase with the same preposition but share no word
 * of what follows it speak of two things ("charges tied to the harbour fund" / "charges
 * tied to his ferry business"), the way two counts of different things are no number
 * conflict. Null when no preposition follows.
 */
export function complementOf(text: string, held: readonly Held[], word: Held): Complement | null {
  // The phrase ends at the word's partner when it has one in reach, else at the word.
  const partner = word.partner === null ? undefined : held.find((p) => p.stem === word.partner && p.index > word.index && p.index - word.index <= 3)
  const last = partner?.index ?? word.index
  const words = wordsOf(text)
  const next = words[last + 1]
  if (!next || !prepositions.has(next.word) || clauseBreak.test(text.slice(words[last]!.end, next.start))) return null
  const stems = new Set<string>()
  for (let i = last + 2; i < words.length && stems.size < reach; i++) {
    if (clauseBreak.test(text.slice(words[i - 1]!.end, words[i]!.start))) break
    const w = words[i]!.word
    if (light.has(w) || w.length < 3) continue
    stems.add(stemOf(w))
  }
  return stems.size === 0 ? null : {preposition: next.word, stems}
}

/** Whether two complements name different things: one preposition, no content word in common. */
export function differentComplements(a: Complement | null, b: Complement | null): boolean {
  if (!a || !b || a.preposition !== b.preposition) return false
  for (const stem of a.stems) if (b.stems.has(stem)) return false
  return true
}
