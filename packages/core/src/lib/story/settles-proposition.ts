import {scaleWords, vagueNumbers} from '../claims/number-words.js'
import {openQuestions} from './open-questions.js'
import {negationsOf, wordsOf} from './slot-values.js'
import {phrase, type Proposition} from './stance-proposition.js'
import type {StoryClaim} from './types.js'
import {stemOf} from './stem-of.js'

/** Stems the distanced clause and its subject must share with the stated sentence. */
const minimumShared = 3
/** Of which in the clause itself (the governed word among them). */
const minimumInClause = 2

/**
 * Whether `stated` states the proposition a hedged sentence distances or asks: the
 * stems it shares with the proposition's clause and subject, or null. Reads only the
 * sentence's text (its stems are `stems`).
 */
export function settles(stated: StoryClaim, stems: ReadonlySet<string>, proposition: Proposition, question: boolean): {shared: number, words: string[]} | null {
  // A sentence that itself asks settles nothing; one that settles the question has
  // its head and the word that completes it as a phrase ("knew about the cracks").
  if (question && (openQuestions(stated).length > 0 || !phrase(stated.text, proposition))) return null
  const clauseShared = [...proposition.clause].filter((stem) => stems.has(stem))
  const words = [...clauseShared, ...[...proposition.subject].filter((stem) => stems.has(stem) && !proposition.clause.has(stem))]
  const inClause = clauseShared.length
  // A counted thing and its quantity ("records of millions") pin an open question
  // down as a third shared word would: the question's number slot is the same.
  const shared = words.length + (question && counts(clauseShared) ? 1 : 0)
  const aligned = inClause >= minimumInClause && shared >= minimumShared
    // The governed word and another word of the clause stand together in the stated
    // sentence too, not in two of its clauses ("condemned the attack … drones over Moscow").
    && together(stated.text, proposition.head, clauseShared)
  if (!aligned && !statesOfNamed(stated.text, proposition, clauseShared)) return null
  // "did not ask" against "allegedly asked" is a contradiction, not a stance: leave it.
  // An open question is settled by either answer ("whether she knew" / "she did not know").
  if (!question && (negationsOf(proposition.text).length > 0) !== (negationsOf(stated.text).length > 0)) return null
  return {shared, words}
}

/** Words apart at most for two words of one clause. */
const window = 8

/** Whether `head` and another of `stems` occur within `window` words of each other in `text`. */
function together(text: string, head: string, stems: readonly string[]): boolean {
  const words = wordsOf(text).map((w) => stemOf(w.word))
  const others = new Set(stems.filter((stem) => stem !== head))
  return words.some((word, i) => word === head && words.some((other, j) => others.has(other) && Math.abs(i - j) <= window))
}

/** Words from a sentence's start within which its grammatical subject is named ("Mr. Wynne, a retired general, …"). */
const subjectReach = 3

/**
 * Whether a sentence states a distanced proposition about a named antecedent: the
 * antecedent opens the sentence as its subject and the sentence has the governed
 * word in any form ("Rusk agreed to cooperate" against "Rusk, who is believed to be
 * cooperating"). A long sentence about the person keeps the verb far from the name,
 * so the window test does not apply; the subject position stands in for it.
 */
function statesOfNamed(text: string, proposition: Proposition, clauseShared: readonly string[]): boolean {
  if (proposition.named.length === 0 || !clauseShared.includes(proposition.head)) return false
  const surname = proposition.named[proposition.named.length - 1]!
  return wordsOf(text).slice(0, subjectReach).some((w) => stemOf(w.word) === surname)
}

/** Stems of number words that can stand for a quantity ("millions", "hundreds", "dozens"): the quantity reader's own scale and vague-number words. */
const numberStems = new Set([...scaleWords.keys(), ...vagueNumbers.keys()].map((word) => stemOf(word)))

/** Whether the shared stems of a question's clause hold a number (a numeral or a number word). */
function counts(stems: readonly string[]): boolean {
  return stems.some((stem) => numberStems.has(stem) || /^\d/.test(stem))
}
