import {attitudeVerbs, clauseOnlyAttitudes} from './attitude-verbs.js'

/**
 * Object pronouns that stand for a person or a group ("endorsed her", "attacked
 * them"). "it", "this", "that" and "so" are left out: after a stance verb they
 * are most often a plan or an earlier remark the writer points back to.
 */
const personPronouns = new Set(['him', 'her', 'them', 'me', 'us', 'you'])

/**
 * Speech verbs of judgment whose object is the person judged ("praised him",
 * "mocked her"): VerbNet 3.x judgment-33 and the "attack" senses of
 * say-37.7-adjacent verbs, lemmas only (the list in `reporting-verbs.ts` holds
 * their forms).
 */
const judgmentSpeech = new Set(['criticize', 'criticise', 'condemn', 'praise', 'blame', 'mock', 'slam', 'blast', 'attack', 'denounce', 'scold', 'chide', 'rebuke', 'taunt', 'tease', 'defend', 'hail', 'ridicule', 'lambaste', 'excoriate', 'chastise', 'berate', 'castigate', 'deride', 'assail'])

/**
 * "the mayor endorsed her", "voters backed him": a stance verb whose object is a
 * person pronoun reports the subject's stance towards that person, as reported-
 * speech corpora (attribution relations) annotate it.
 */
export function personObject(lemma: string, word: string): boolean {
  if (!personPronouns.has(word)) return false
  if (judgmentSpeech.has(lemma)) return true
  return attitudeVerbs.has(lemma) && !clauseOnlyAttitudes.has(lemma)
}
