import {reportingVerbs} from '../claims/reporting-verbs.js'
import {opensNegatedComplement} from './implicative-words.js'
import {stemOf} from './stem-of.js'
import {wordsOf} from './slot-values.js'

/** How a sentence holds a word: stated, negated ("has not been disclosed"), or said not to have been stated ("never wrote that he felt"). */
export type Polarity = 'stated' | 'negated' | 'unstated'

/** A content word of a sentence, stemmed, with how the sentence holds it. */
export interface Held {
  stem: string
  word: string
  polarity: Polarity
  /** Whether it is the first content word a negation governs (never a capitalised word: "not who Dana Okafor is" negates no name). */
  head: boolean
  /** The content word that completes it in the sentence ("sidelined" after "felt"), stemmed; null at a clause's end. */
  partner: string | null
  /** Whether a negating prefix was taken off a participle ("undisclosed"; not "unlikely", whose stem is no fact). */
  prefixed: boolean
  /** Its position among the sentence's words. */
  index: number
  /** A bare verb a negative implicative negates ("failed to *file*"): it may meet any form of its verb ("filed"). */
  infinitive?: boolean
  /** Whether it stands right before a word of its phrase, as a modifier ("*unclassified* e-mail"), not after a verb of being ("has not been *disclosed*"). */
  attributive?: boolean
}

/** Words that negate what follows in their clause. */
const negators = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'none', 'cannot'])
/**
 * Words between a negation and what it negates ("has not *been* disclosed", "was not
 * *an* undisclosed program", "does not *unilaterally* obtain"), and words too light to
 * carry a proposition of their own.
 */
const light = new Set(['a', 'an', 'the', 'be', 'been', 'being', 'is', 'was', 'were', 'are', 'am', 'have', 'has', 'had', 'do', 'does', 'did',
  'any', 'yet', 'ever', 'even', 'to', 'only', 'just', 'really', 'also', 'now', 'always', 'so', 'that', 'this', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'than', 'of',
  'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'about', 'into', 'and', 'or', 'but', 'if', 'whether', 'would', 'will', 'could',
  'should', 'can', 'may', 'might', 'must', 'shall', 'one', 'more', 'most', 'much', 'many', 'such', 'very', 'too', 'all', 'some', 'other',
  'who', 'which', 'what', 'when', 'where', 'while', 'because', 'since', 'after', 'before', 'up', 'out', 'over', 'under', 'again', 'still',
  'mr', 'mrs', 'ms', 'dr', 'said', 'says', 'say'])
/** Words that end the clause a negation governs. */
const clauseBreak = /[,;:.!?()“”"—–]|\s-\s|\b(?:but|and|or|while|although|though|because|which|who)\b/iu
/** Adverbs by which an outlet says a report it gives is wrong ("falsely claimed", "incorrectly noted"). */
const correcting = new Set(['incorrectly', 'falsely', 'wrongly', 'erroneously', 'mistakenly', 'inaccurately', 'misleadingly'])
/** Punctuation that ends the reach of a denial, a correction or a question ("whether"); quotation marks do not. */
const sentenceBreak = /[,;:.!?()]/
/** Nouns that give a claim to others ("claims by critics that ..."). */
const reported = new Set(['claim', 'claims', 'allegation', 'allegations', 'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'suggestion', 'suggestions', 'assertion', 'assertions', 'speculation'])
/** Verbs that deny what follows them. */
const denying = new Set(['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'rejected', 'rejects'])
/** Content words a negation reaches: its head and the word that completes it ("felt sidelined", "disclosed publicly"). */
const reach = 2
/** Verbs of being and having after which a participle is predicated, not a modifier ("has been *disclosed*", "got *paid*"). */
const predicating = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'am', 'have', 'has', 'had', 'get', 'got', 'gets', 'become', 'became', 'remain', 'remained', 'remains'])

/**
 * How a sentence holds each content word: a negation ("not", "never", "no") negates the
 * first two content words after it in its clause; a negated reporting verb ("never
 * wrote that he felt sidelined") makes them unstated instead, which is not their
 * negation; a negating prefix ("undisclosed") flips its word, so "not an undisclosed
 * program" states "disclosed". Every other content word is stated.
 */
export function polarityOf(text: string): Held[] {
  const words = wordsOf(text)
  const out: Held[] = []
  const scoped = new Map<number, {polarity: Polarity, head: boolean, infinitive?: boolean}>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.word
    if (!negators.has(word) && !word.endsWith("n't") && !opensNegatedComplement(words, i)) continue
    let polarity: Polarity = 'negated'
    let taken = 0
    for (let j = i + 1; j < words.length && taken < reach; j++) {
      if (clauseBreak.test(text.slice(words[j - 1]!.end, words[j]!.start))) break
      const next = words[j]!.word
      if (light.has(next) || /ly$/.test(next) || next.length < 3) continue
      if (reportingVerbs.has(next) && taken === 0) {
        polarity = 'unstated'
        continue
      }
      scoped.set(j, {polarity, head: taken === 0, infinitive: taken === 0 && words[j - 1]!.word === 'to' && !negators.has(word) && !word.endsWith("n't")})
      taken++
    }
  }
  // "he incorrectly stated that there were no delays": what the outlet corrects is held the other way.
  // "they denied they give the agency a master key": what is denied is held negated, to the clause's end.
  const corrected = new Set<number>()
  for (let i = 0; i < words.length - 1; i++) {
    const denial = denying.has(words[i]!.word)
    if (!denial && (!correcting.has(words[i]!.word) || !reportingVerbs.has(words[i + 1]!.word))) continue
    for (let j = denial ? i + 1 : i + 2; j < words.length && !sentenceBreak.test(text.slice(words[j - 1]!.end, words[j]!.start)); j++) corrected.add(j)
  }
  // "whether he felt sidelined", "if he felt sidelined", "claims by critics that they were not told": an open
  // question or another's claim the outlet reports is not what the outlet holds.
  const open = new Set<number>()
  for (let i = 0; i < words.length; i++) {
    let from = -1
    // "if it looks like he can win": a condition is no more held than a question.
    if (words[i]!.word === 'whether' || words[i]!.word === 'if') from = i + 1
    else if (reported.has(words[i]!.word)) {
      const that = words.slice(i + 1, i + 9).findIndex((w) => w.word === 'that')
      if (that >= 0 && !sentenceBreak.test(text.slice(words[i]!.end, words[i + 1 + that]!.start))) from = i + 2 + that
    }
    if (from < 0) continue
    for (let j = from; j < words.length && !sentenceBreak.test(text.slice(words[j - 1]!.end, words[j]!.start)); j++) open.add(j)
  }
  words.forEach((w, i) => {
    if (open.has(i)) return
    if (negators.has(w.word) || w.word.endsWith("n't") || light.has(w.word) || w.word.length < 4 || reportingVerbs.has(w.word)) return
    const scope = scoped.get(i)
    let polarity: Polarity = scope?.polarity ?? 'stated'
    let word = w.word
    const prefix = /^(?:un|non-?)(\p{L}{3,}ed)$/u.exec(word)
    if (prefix) {
      word = prefix[1]!
      if (polarity === 'stated') polarity = 'negated'
      else if (polarity === 'negated') polarity = 'stated'
    }
    if (corrected.has(i)) polarity = polarity === 'stated' ? 'negated' : polarity === 'negated' ? 'stated' : polarity
    const named = /^\p{Lu}/u.test(text.slice(w.start, w.end))
    const held: Held = {stem: stemOf(word), word, polarity, head: !named && (scope?.head ?? prefix !== null), partner: null, prefixed: prefix !== null, index: i}
    if (scope?.infinitive) held.infinitive = true
    out.push(held)
  })
  // The partner: the next content word in the clause.
  for (let k = 0; k < out.length - 1; k++) {
    const here = out[k]!
    const next = out[k + 1]!
    if (next.index - here.index <= 3 && !clauseBreak.test(text.slice(words[here.index]!.end, words[next.index]!.start))) here.partner = next.stem
  }
  // A participle right before a word of its phrase modifies it ("unclassified e-mail"), unless a verb of being comes first.
  for (const held of out) {
    const after = words[held.index + 1]
    if (held.partner !== null && after && !light.has(after.word) && !text.slice(words[held.index]!.end, after.start).trim() && !predicated(words, held.index)) held.attributive = true
  }
  return out
}

/** Whether the word at `index` follows a verb of being or having, past adverbs and negations ("has not *really* been"). */
function predicated(words: ReadonlyArray<{word: string}>, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const word = words[i]!.word
    if (predicating.has(word)) return true
    if (!negators.has(word) && !word.endsWith("n't") && !/ly$/.test(word)) return false
  }
  return false
}
