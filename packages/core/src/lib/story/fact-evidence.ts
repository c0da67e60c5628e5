import type {SharedWords} from './predicate-words.js'

/**
 * Whether two sentences that share words state one fact, from what they share: the
 * words that show a fact (`sharedPredicates`: rare words and values count whole, very
 * frequent words half) and the arguments of the fact (the same entities, the same
 * day). Sharing one name and a word or two is what two different events of one day
 * and topic do (one network's exit poll of Tuesday: young voters for one outlet,
 * the economy for the other; "came second in the county vote" of two candidates), so
 * the evidence must add up to `factEvidence`: two rare words ("harbour levy",
 * "toll rebate"), a rare word and two of the people or days it is about, a crowd of
 * names with a common word ("the companies are Vel, Osk and Marle"). Short
 * sentences with little to share meet on their similarity instead, closer with a
 * rare word ("He was the founder.") than with frequent words only ("We'll see if he
 * gets it done" is not "we'll sit down and see").
 */

/** Evidence (rare words + half the frequent ones + shared entities and days) that two sentences state one fact. */
const factEvidence = 3
/** What a very frequent word counts for ("see", "place"): half a rare one. */
const commonWeight = 0.5
/** What a title or party word counts for ("former", "nominee"): less than a rare word, for it says who, not what. */
const titleWeight = 0.75
/** Similarity from which two sentences sharing a rare word or a title word state one fact with less evidence. */
const closeSimilarity = 0.45
/** Similarity from which two sentences sharing only frequent words state one fact. */
const sameSimilarity = 0.6

/** Whether the shared words, `args` shared entities and days, and the similarity (asked only when needed) show one fact. */
export function statesOneFact(words: SharedWords, args: number, similarity: () => number): boolean {
  if (words.rare === 0 && words.common === 0 && words.title === 0) return false
  if (words.rare + words.common * commonWeight + words.title * titleWeight + args >= factEvidence) return true
  return similarity() >= (words.rare > 0 || words.title > 0 ? closeSimilarity : sameSimilarity)
}

/** How many of a sentence's entity and day keys (`e:`, `d:`) the other sentence's features hold. */
export function sharedArguments(keys: {entities: readonly string[], days: readonly string[]}, other: ReadonlyMap<string, number>): number {
  let shared = 0
  for (let i = 0; i < keys.entities.length; i++) if (other.has(keys.entities[i]!)) shared++
  for (let i = 0; i < keys.days.length; i++) if (other.has(keys.days[i]!)) shared++
  return shared
}
