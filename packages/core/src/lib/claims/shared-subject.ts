import type {Span} from '../types.js'
import {clauseJoiners, clausePronouns, subjectDeterminers} from './clause-words.js'
import type {Aside} from './find-asides.js'
import {isFinite} from './finite-verb.js'

/** A word of a stretch as clauses are read (or a semicolon), with its offsets in the text. */
export interface ClauseWord {
  word: string
  start: number
  end: number
}

/** Most words a shared subject may have ("The harbour board of Riverton"): a longer stretch before the verb is no plain subject. */
const subjectWords = 6

/** Fewest words each of two coordinated verb phrases needs to state a fact ("resigned on Friday", "left the city"). */
const phraseWords = 3

/** Joiners that open a second verb phrase of one subject ("resigned and left", "denied it but apologised"); not "yet", mostly an adverb ("has not yet sold"). */
const phraseJoiners: ReadonlySet<string> = new Set(['and', 'but'])

/**
 * The subject of a clause whose first finite verb is `verb`, for a verb phrase
 * coordinated with it later to share: the words before the verb back to the clause's
 * start or a comma ("Four years ago, the council"), adverbs before the verb left out
 * ("Okafor then"), when they are few, open as a subject does (a capital, a determiner
 * or a pronoun, not a preposition) and hold no clause of their own ("nuns who worked");
 * the name an appositive describes when the words are that appositive ("Okafor, the
 * mayor, resigned"). Null when the verb follows a comma ("The ferry, sold in May," is
 * a participle, not the clause's verb) or nothing fits.
 */
export function sharedSubject(text: string, words: readonly ClauseWord[], clauseStart: number, verb: number, asides: readonly Aside[]): Span | null {
  if (verb <= clauseStart) return null
  let last = verb - 1
  while (last > clauseStart && isAdverb(words, last)) last--
  if (/[,;:()—–]/.test(text.slice(words[last]!.end, words[verb]!.start))) return null
  let first = last
  while (first > clauseStart && !/[,;:()—–]|\s-+\s/.test(text.slice(words[first - 1]!.end, words[first]!.start))) first--
  if (words[first]!.word === ';' || clauseJoiners.has(words[first]!.word.toLowerCase())) first++
  if (last < first || last - first + 1 > subjectWords) return null
  const described = asides.find((aside) => aside.kind === 'appositive' && aside.start <= words[first]!.start && words[last]!.end <= aside.end)
  if (described) return described.subject
  const opener = words[first]!.word
  const lower = opener.toLowerCase()
  if (prepositions.has(lower) || (!/^\p{Lu}/u.test(opener) && !subjectDeterminers.has(lower) && !clausePronouns.has(lower))) return null
  for (let k = first; k <= last; k++) if (embeddingWords.has(words[k]!.word.toLowerCase())) return null
  if (/[—–(),"“”]/.test(text.slice(words[first]!.start, words[last]!.end))) return null
  return {start: words[first]!.start, end: words[last]!.end}
}

/**
 * Whether the joiner at `at` opens a second verb phrase of the clause read since
 * `clauseStart` ("… and left the city"): "and" or "but", then a finite verb
 * (after an adverb at most) and words enough to state something, after a first verb
 * phrase of words enough that holds no clause of its own the joiner could be
 * continuing ("implied that …", "which is why …") and no quotation it could be inside.
 */
export function joinsVerbPhrase(text: string, region: Span, words: readonly ClauseWord[], clauseStart: number, at: number): boolean {
  if (!phraseJoiners.has(words[at]!.word.toLowerCase()) || !opensVerbPhrase(words, at + 1)) return false
  let from = clauseStart + 1
  while (from < at && !(isFinite(words[from]!.word) && !/^\p{Lu}/u.test(words[from]!.word))) from++
  if (at - from < phraseWords) return false
  for (let k = from + 1; k < at; k++) if (opensInnerClause(words, k, at)) return false
  // A quotation closed by an attribution ('…," she wrote in a message and sent …') ends the phrase the verb began.
  if (/[,.!?]\s*(?:["”]|'')/.test(text.slice(words[from]!.start, words[at]!.start))) return false
  return !insideQuotation(text, region, words[at]!.start)
}

/** Whether the word at `k` opens a clause inside the phrase that ends at `end`: an embedding word, or "as" with a verb of its own ("as he spoke", not "described it as terror"). */
function opensInnerClause(words: readonly ClauseWord[], k: number, end: number): boolean {
  const word = words[k]!.word.toLowerCase()
  if (embeddingWords.has(word)) return true
  if (word !== 'as') return false
  const next = words[k + 1]?.word.toLowerCase() ?? ''
  if (clausePronouns.has(next) && next !== 'that') return true
  for (let j = k + 2; j < Math.min(end, k + 5); j++) if (isFinite(words[j]!.word) && !/^\p{Lu}/u.test(words[j]!.word)) return true
  return false
}

/** Whether the words from `at` are a verb phrase: a finite verb (after an adverb at most: "and later resigned"), then words enough before the next joiner or the end. */
function opensVerbPhrase(words: readonly ClauseWord[], at: number): boolean {
  let k = at
  if (words[k] && (/^\p{Ll}+ly$/u.test(words[k]!.word) || adverbs.has(words[k]!.word))) k++
  const verb = words[k]?.word
  if (!verb || !isFinite(verb) || /^\p{Lu}/u.test(verb)) return false
  let length = 0
  for (let j = at; j < words.length && length < phraseWords && words[j]!.word !== ';' && !(j > k && clauseJoiners.has(words[j]!.word.toLowerCase())); j++) length++
  return length >= phraseWords
}

/**
 * Whether `at` lies inside quotation marks in `region`: more curly openings than
 * closings before it, an odd number of straight double quotes (or doubled
 * apostrophes), or no mark before it and a closing one after (a quote carried on from
 * the sentence before). A verb phrase quoted word for word is the speaker's, and a cut
 * there would leave a unit across the closing mark.
 */
function insideQuotation(text: string, region: Span, at: number): boolean {
  const before = text.slice(region.start, at)
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0)
  const straight = (before.match(/"|''/g)?.length ?? 0)
  if (opened > 0 || straight % 2 === 1) return true
  if (/[“”"]|''/.test(before)) return false
  const next = /[“”"]|''/.exec(text.slice(at, region.end))
  return next !== null && next[0] === '”'
}

/** An adverb between a subject and its verb ("Okafor then resigned", "she also said"), not a noun in "-ly" after a determiner ("the family"). */
function isAdverb(words: readonly ClauseWord[], k: number): boolean {
  const word = words[k]!.word
  if (adverbs.has(word.toLowerCase())) return true
  return /^\p{Ll}+ly$/u.test(word) && !subjectDeterminers.has(words[k - 1]?.word.toLowerCase() ?? '')
}

/** Adverbs that stand between a subject and its verb. */
const adverbs: ReadonlySet<string> = new Set(['not', 'only', 'also', 'then', 'still', 'never', 'already', 'just', 'later', 'now', 'once', 'again', 'even', 'ever', 'first', 'since'])

/** Prepositions a sentence opens with before its subject ("Like many states, …", "After the vote …"): no subject. */
const prepositions: ReadonlySet<string> = new Set(['like', 'unlike', 'in', 'on', 'at', 'after', 'before', 'during', 'for', 'with', 'without', 'from', 'under', 'over', 'since', 'as', 'by', 'despite', 'amid', 'following', 'through', 'throughout', 'to', 'of', 'about', 'against', 'among', 'until'])

/**
 * Words that open a clause inside another ("implied that …", "the man who …", "which is
 * why …"): a conjunction after one may join that inner clause's verbs, not the outer
 * clause's, so no verb phrase is split off past one.
 */
const embeddingWords: ReadonlySet<string> = new Set(['that', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'if', 'whether', 'because', 'although', 'though', 'unless', 'until', 'what', 'how'])
