import {claimTokens} from './compare-tokens.js'
import {isFrameWord} from './frame-words.js'
import {isCommonKey} from './common-words.js'
import {isTitleKey} from './title-keys.js'

/** The words of a sentence that can show it states the same fact as another (`predicateKeys`). */
export interface PredicateWords {
  /** Content words as `claimFeatures` keys them (`w:` and the stemmed word), frame words aside. */
  all: Set<string>
  /** Those of them written in lower case somewhere in the sentence: not only in a name. */
  lower: Set<string>
}

/**
 * The words of a sentence that can show two sentences state one fact: content words
 * that are not the words of an attribution frame ("said", "told reporters"), and
 * not only the words of a name ("Senator Ines Adler"): a word shows a fact when it
 * is written in lower case in one of the two sentences, so a title one outlet
 * capitalises before a name ("Foreign Minister Adler") meets another's "the foreign
 * minister", and a word shouted in capitals ("NO OBSTRUCTION") is a word too. Digits have no case: a number or year shows a fact as a word does.
 * Two sentences that share only a name and a frame ("Adler said …") are about one
 * person, not one fact: a name is in every fact about its bearer, and grouping on
 * it alone chains facts together.
 *
 * A word the story uses throughout (its topic: "the memos", "the wall") shows no
 * fact either: every other sentence has it, so sharing it says nothing (`isTopic`).
 *
 * @param values The sentence's values with their counted things (its `n:` alignment features): they show a fact as words do.
 * @param isTopic Whether a key (`w:` and the stemmed word) is one of the story's topic words; default none is.
 */
export function predicateKeys(text: string, values: readonly string[] = [], isTopic: (key: string) => boolean = () => false): PredicateWords {
  const all = new Set<string>(values)
  const lower = new Set<string>(values)
  const tokens = claimTokens(text)
  tokens.forEach((token, i) => {
    if (!token.content || token.key.length <= 2 || isFrameWord(token.word)) return
    const key = `w:${token.key}`
    if (isTopic(key)) return
    all.add(key)
    const first = text[token.start]!
    if (first === first.toLowerCase() || (capitals(text, tokens[i]) && (capitals(text, tokens[i - 1]) || capitals(text, tokens[i + 1])))) lower.add(key)
  })
  return {all, lower}
}

/**
 * Whether a token is written in capitals throughout, two letters or more: beside
 * another such word it is shouted ("NO COLLUSION"), a word of the fact, not a name
 * or an acronym standing alone ("the FBI").
 */
function capitals(text: string, token: {start: number, end: number} | undefined): boolean {
  if (!token || token.end - token.start < 2) return false
  const written = text.slice(token.start, token.end)
  return written === written.toUpperCase() && written !== written.toLowerCase()
}

/** Negation ("no", "not"), keyed `w:not`: in most sentences, so sharing it shows no fact. */
const negation = 'w:not'

/** The words and values that show a fact two sentences share (`predicateKeys`: a word written in lower case in one of the two; negation aside): rare ones, very frequent ones and title words. */
export function sharedPredicates(a: PredicateWords, b: PredicateWords): SharedWords {
  const shared = {rare: 0, common: 0, title: 0}
  for (const key of a.lower) if (b.all.has(key)) count(shared, key)
  for (const key of b.lower) if (a.all.has(key) && !a.lower.has(key)) count(shared, key)
  return shared
}

/** Shared words that show a fact, by kind: rare words and values, very frequent words (`isCommonKey`), title and party words (`isTitleKey`). */
export interface SharedWords {
  rare: number
  common: number
  title: number
}

function count(shared: SharedWords, key: string): void {
  if (key === negation) return
  if (isTitleKey(key)) shared.title++
  else if (isCommonKey(key)) shared.common++
  else shared.rare++
}
