import {titleHeads} from '../entities/titles.js'
import {canSpeak} from './can-speak.js'
import type {FrameToken} from './frame.js'
import {determiners, phraseBreakers, subjectPronounOf, subjectPronouns, timeWords, verbModifiers} from './function-words.js'
import {reportingVerbs} from './reporting-verbs.js'
import {splitCount} from '../white-space.js'
import {asideChainHead} from './aside-chain.js'
import {share} from './share-of-people.js'

/** Words that hedge a proportion ("roughly three in 10"). */
const proportionHedges: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'around'])

/** A noun phrase found by the attribution rules: tokens [from, to] inclusive. */
export interface NounPhrase {
  from: number
  to: number
  start: number
  end: number
  pronoun: boolean
  /** An appositive or parenthetical stood between it and the verb. */
  appositive: boolean
  /** For a relative "who" subject: the phrase it stands for ("Marle, who proclaimed"). */
  antecedent?: NounPhrase | null
  /** A possessive that owns the words ("Marle's pledge to be “neutral”"): its name is the speaker. */
  possessor?: boolean
}

const maxWords = 9

/** Plural nouns that often follow a name in a subject ("Ashford supporters said"). */
export const groupNouns: ReadonlySet<string> = new Set(['supporters', 'voters', 'officials', 'aides', 'allies', 'members', 'critics', 'lawmakers', 'staffers', 'sources', 'officers', 'agents', 'residents', 'workers', 'protesters', 'donors', 'delegates', 'lawyers', 'attorneys', 'advisers', 'advisors', 'spokesmen', 'loyalists', 'surrogates', 'fans', 'backers', 'opponents', 'rivals', 'campaigns', 'forces', 'troops', 'authorities', 'investigators', 'prosecutors', 'analysts', 'experts', 'activists', 'leaders', 'executives', 'students', 'teachers', 'parents', 'families', 'people', 'groups'])

/** Irregular past tenses that end a phrase read forward ("Dorian Marle stood by …"). */
const irregularPast = new Set(['stood', 'took', 'made', 'went', 'came', 'gave', 'held', 'met', 'won', 'lost', 'ran', 'kept', 'left', 'sent', 'brought', 'bought', 'began', 'saw', 'got', 'put', 'set', 'led', 'struck', 'sought', 'fought', 'spent', 'hit', 'cut', 'let', 'became', 'knew', 'thought', 'felt', 'heard', 'meant', 'paid', 'stuck', 'threw', 'wore', 'drove', 'rose', 'fell', 'shot'])

/** Prepositions of place that tie a name to the noun before it ("voters in Iowa"). */
const placePrepositions = new Set(['in', 'from', 'at'])

/** Nouns of quantity whose phrase goes on over "of" to its head ("a number of firms"). */
const quantityHeads = new Set(['number', 'group', 'couple', 'handful', 'majority', 'minority', 'dozen', 'dozens', 'hundreds', 'thousands', 'team', 'coalition', 'panel', 'pair', 'trio', 'host', 'lot', 'bunch'])

/** Quantifiers that stand alone as a subject. */
const loneSubjects = new Set(['several', 'many', 'some', 'both', 'most', 'few', 'others', 'all', 'one', 'two', 'three', 'another']) // "Another said": one more of a group just named

function isWord(t: FrameToken | undefined): t is FrameToken {
  return t !== undefined && t.kind === 'word'
}

/** Whether a word may sit inside a noun phrase (not a breaker, not a reporting verb in lower case). */
function nominal(t: FrameToken, next?: FrameToken): boolean {
  // "Will Doyle", "May Li": a capitalised function word before another capital is a name;
  // so is one before an inflected reporting verb ("Will wrote", "From said"), which a
  // modal or a preposition never precedes.
  if (t.cap) return !phraseBreakers.has(t.lower) || t.lower === 'us' || (next !== undefined && next.kind === 'word' && next.cap && !phraseBreakers.has(next.lower)) || inflectedReport(next)
  return !phraseBreakers.has(t.lower) && !reportingVerbs.has(t.lower) && !verbModifiers.has(t.lower)
}

/** A lower-case reporting verb in the past or the third person ("wrote", "said", "claims"). */
function inflectedReport(t: FrameToken | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false
  const lemma = reportingVerbs.get(t.lower)
  return lemma !== undefined && lemma !== t.lower && !/ing$/.test(t.lower)
}

/** Verbs of aspect that take a participle ("kept asking", "started saying"). */
const aspectVerbs = new Set(['kept', 'keeps', 'keep', 'continued', 'continues', 'started', 'starts', 'began', 'begins', 'stopped', 'stops', 'resumed', 'quit'])

/** Forms of "be" before a passive participle and "to" ("was prompted to say"). */
const passiveBe = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'am'])

/** Time prepositions that open a phrase between a subject and its verb ("in the past", "on Monday"). */
const timePrepositions = new Set(['in', 'on', 'at', 'during', 'over', 'earlier', 'later', 'late', 'early', 'this', 'last', 'next'])

/**
 * Step back from token `i` over auxiliaries, adverbs and time phrases that may
 * stand between a subject and its verb ("has also said", "later Thursday told",
 * "has in the past described").
 */
function skipModifiers(tokens: readonly FrameToken[], i: number, lo: number): number {
  for (;;) {
    const t = tokens[i]
    if (i < lo || !isWord(t)) return i
    // "went on to say", "continued to insist", "declined to say": the subject is before the first verb.
    // "cited an old ruling to argue": an infinitive of purpose after a noun has no subject in reach.
    if (t.lower === 'to' && purposeAfterNoun(tokens, i, lo)) return lo - 1
    if (t.lower === 'to' && i - 1 >= lo && isWord(tokens[i - 1]) && !tokens[i - 1]!.cap && !phraseBreakers.has(tokens[i - 1]!.lower)) {
      i -= 2
      if (isWord(tokens[i]) && ['went', 'goes', 'go', 'going'].includes(tokens[i]!.lower)) i--
      // "Vale was prompted to say", "Okafor is expected to announce": over the passive's "be".
      else if (isWord(tokens[i]) && passiveBe.has(tokens[i]!.lower) && /ed$/.test(tokens[i + 1]!.lower)) i--
      continue
    }
    if (t.lower === 'on' && isWord(tokens[i - 1]) && ['went', 'goes'].includes(tokens[i - 1]!.lower)) { i -= 2; continue }
    if (verbModifiers.has(t.lower) || (/ly$/.test(t.lower) && !t.cap)) { i--; continue }
    // "kept asking", "began telling": an aspect verb before a participle belongs to the verb.
    if (aspectVerbs.has(t.lower) && /ing$/.test(tokens[i + 1]?.lower ?? '')) { i--; continue }
    // "Reyes, the candidate, is vowing": after an appositive, a progressive's "be" belongs
    // to the verb ("Adler said clerks were phoning" keeps its inner clause out).
    if (['is', 'was', 'are', 'were'].includes(t.lower) && tokens[i - 1]?.text === ',' && /ing$/.test(tokens[i + 1]?.lower ?? '')) { i--; continue }
    // "barely three days ago said"
    if (t.lower === 'ago') {
      let k = i - 1
      while (k >= lo && isWord(tokens[k]) && k > i - 5 && !tokens[k]!.cap) k--
      i = k
      continue
    }
    if (timeWords.has(t.lower) || /^(?:past|day|days|weeks|months|years|\d{4})$/.test(t.lower)) {
      // A time word alone after a name ("Tallman Thursday told") or a time phrase ("in the past").
      let k = i - 1
      while (k >= lo && isWord(tokens[k]) && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a' || timeWords.has(tokens[k]!.lower))) k--
      if (t.cap && k === i - 1) { i--; continue }
      if (k >= lo && isWord(tokens[k]) && timePrepositions.has(tokens[k]!.lower)) { i = k - 1; continue }
      if (k < i - 1 && isWord(tokens[k + 1]) && timePrepositions.has(tokens[k + 1]!.lower)) { i = k; continue }
      return i
    }
    return i
  }
}

/** Whether "to" at `i` follows a noun with its determiner ("an old ruling to argue"), not a verb ("refused to say"). */
export function purposeAfterNoun(tokens: readonly FrameToken[], i: number, lo: number): boolean {
  for (let k = i - 1; k >= Math.max(lo, i - 4); k--) {
    const w = tokens[k]
    // "a note sent early Monday to repeat": a time phrase, not a verb, before "to".
    if (isWord(w) && k === i - 1 && timeWords.has(w.lower) && !['on', 'this', 'last', 'next'].includes(w.lower)) return true
    if (!isWord(w) || w.cap) return false
    if (determiners.has(w.lower) || w.possessive) return k < i - 1
    if (phraseBreakers.has(w.lower) || verbModifiers.has(w.lower) || /(?:ed|[^su]s)$/.test(w.lower) || irregularPast.has(w.lower) || reportingVerbs.has(w.lower)) return false
  }
  return false
}

/**
 * The subject of the verb at token `v`: walk back over auxiliaries and adverbs
 * ("has also said"), over an appositive or parenthetical between commas
 * ("Kirill Belyakov, a Kremlin envoy, echoed"; "Marinov, in completing his report,
 * emphasized") or in brackets, then over the noun phrase itself, stopping at a
 * determiner (kept), a preposition, a conjunction or punctuation. Never goes
 * before token `lo`.
 */
export function subjectBefore(tokens: readonly FrameToken[], v: number, lo: number): NounPhrase | null {
  // Each level reads one appositive, "of" link or relative clause; real subjects need a
  // few, and a chain as long as the input ("A of B of C …") must not reach the stack's end.
  if (nesting >= maxNesting) return null
  nesting++
  try {
    return readSubjectBefore(tokens, v, lo)
  } finally {
    nesting--
  }
}

/** How deep `subjectBefore` may call itself. */
const maxNesting = 12
let nesting = 0

function readSubjectBefore(tokens: readonly FrameToken[], v: number, lo: number): NounPhrase | null {
  let i = skipModifiers(tokens, v - 1, lo)
  if (i < lo) return null
  // "Marle, who proclaimed …": the relative pronoun is the mention, the phrase before the comma its antecedent.
  if (isWord(tokens[i]) && tokens[i]!.lower === 'who' && i - 1 >= lo) {
    // With or without a comma: "Marle, who proclaimed" (the phrase before the comma),
    // "a surrogate who said" (the phrase right before "who").
    const antecedent = tokens[i - 1]!.text === ',' ? subjectBefore(tokens, i - 1, lo) : subjectBefore(tokens, i, lo)
    return {from: i, to: i, start: tokens[i]!.start, end: tokens[i]!.end, pronoun: false, appositive: false, antecedent}
  }
  const appositive = false
  let t = tokens[i]!
  if (t.kind === 'punct' && /^(?:—|–|--)$/.test(t.text)) {
    // "A former candidate -- Tom Vale, who lost in 2008 -- said": an aside between dashes.
    let j = i - 1
    while (j > lo && j > i - 30 && tokens[j]!.kind !== 'end' && tokens[j]!.kind !== 'quote' && tokens[j]!.text !== t.text) j--
    if (j <= lo || tokens[j]!.text !== t.text || j === i - 1) return null
    const head = subjectBefore(tokens, j, lo)
    if (!head || head.pronoun || head.to !== j - 1) return null
    return {...head, to: i - 1, end: tokens[i - 1]!.end, appositive: true}
  }
  if (t.kind === 'punct' && t.text === ')') {
    let j = i - 1
    while (j >= lo && !(tokens[j]!.kind === 'punct' && tokens[j]!.text === '(')) j--
    if (j <= lo) return null
    i = j - 1
    t = tokens[i]!
  } else if (t.kind === 'punct' && t.text === ',') {
    // An appositive or side remark between commas: ", a Kremlin envoy,", ", who …,".
    let j = i - 1
    // A short quoted title may sit inside the appositive (", the co-author of “Going Viral,”").
    const shortQuote = (t: FrameToken) => t.kind === 'quote' && splitCount(t.text) <= 5
    while (j >= lo && j > i - 40 && (tokens[j]!.kind !== 'quote' || shortQuote(tokens[j]!)) && tokens[j]!.kind !== 'end' && tokens[j]!.text !== ',' && tokens[j]!.text !== ';' && tokens[j]!.text !== ':') j--
    // The head ends in a word or a bracket ("Rep. Jane Doe (D-Calif.), who …,").
    if (j < lo || j <= i - 40 || tokens[j]!.text !== ',' || j === i - 1 || !(isWord(tokens[j - 1]) || tokens[j - 1]?.text === ')')) return null
    // ", echoed the positive tone, calling …" is a clause, not an appositive.
    const opener = tokens[j + 1]!
    // "Sen. Dana Okafor (D-Ill.), noting the size of the crowd, said" is an aside after a name that opens the clause.
    // So is a past participle: "after Mr. Reyes, asked about the routes, had said".
    const participle = /(?:ing|ed)$/.test(opener.lower) && !opener.cap && namedOpening(tokens, j, lo)
    if ((reportingVerbs.has(opener.lower) && !opener.cap && !participle) || ['and', 'but', 'or', 'then', 'so'].includes(opener.lower)) return null
    // "Hollins, meanwhile, who sits …, said": over a one-word aside before the appositive.
    while (j - 2 >= lo && isWord(tokens[j - 1]) && verbModifiers.has(tokens[j - 1]!.lower) && tokens[j - 2]!.text === ',') j -= 2
    const head = subjectBefore(tokens, j, lo)
    // "Several hours earlier, a senior official also pushed back": a fronted time phrase
    // is no head; the subject is the phrase after its comma.
    if (head && !head.pronoun && !canSpeak(tokens.slice(head.from, j).map((t) => t.text).join(' '))) return subjectBefore(tokens, v, j + 1)
    if (!head) return null
    // "he, once again, pledged": a pronoun keeps to itself.
    if (head.pronoun) return head
    // "Cory Banks, 31, of Dunmore, Vt., said": back over a chain of asides to the subject.
    const outer = asideChainHead(tokens, head, lo, subjectBefore)
    if (outer) return {...outer, to: i - 1, end: tokens[i - 1]!.end, appositive: true}
    // The phrase runs over the appositive, so that a name in it counts ("Her new spokesman, Omar Reyes,").
    return {...head, to: i - 1, end: tokens[i - 1]!.end, appositive: true}
  }
  if (!isWord(t)) return null
  if (subjectPronounOf(t.lower)) return {from: i, to: i, start: t.start, end: t.end, pronoun: true, appositive}
  const to = i
  while (i >= lo && i > to - maxWords) {
    const w = tokens[i]
    if (!isWord(w)) break
    if (determiners.has(w.lower) && !w.possessive) { i--; break }
    if (!nominal(w, i === to ? tokens[i + 1] : undefined) && !(w.possessive && i < to)) break
    // A possessive closes the phrase unless it is the phrase's own head ("Varik's aide Ilya Marinov" keeps going).
    i--
    // "a spokesman for the campaign": carry on over "for"/"of" after a role noun.
    const prev = tokens[i]
    if (isWord(prev) && (prev.lower === 'for' || prev.lower === 'of') && isWord(tokens[i - 1]) && titleHeads.has(tokens[i - 1]!.lower) && i - 1 >= lo) i--
  }
  let from = i + 1
  if (from > to) return null
  // "Proponents of the new bill", "some of the members": over "of" to the head noun;
  // "Farmers in Iowa", "refugees from Syria": over a place preposition before a name.
  const link = tokens[from - 1]
  const over = isWord(link) && (link.lower === 'of' || (placePrepositions.has(link.lower) && tokens[from]!.cap))
  if (over && from - 2 >= lo && isWord(tokens[from - 2]) &&
    !phraseBreakers.has(tokens[from - 2]!.lower) && !reportingVerbs.has(tokens[from - 2]!.lower)) {
    const head = subjectBefore(tokens, from - 1, lo)
    if (head && !head.pronoun && head.to === from - 2) from = head.from
  }
  // "Roughly three in 10 said", "one in four call": a proportion of people is the subject.
  if (from === to && ['in', 'of'].includes(tokens[to - 1]?.lower ?? '') && share(tokens, to) && from - 2 >= lo) {
    from -= 2
    if (isWord(tokens[from - 1]) && proportionHedges.has(tokens[from - 1]!.lower) && from - 1 >= lo) from--
  }
  // "A second council aide talking to the Riverton Daily said": over a participle phrase to its noun.
  const preposition = tokens[from - 1]
  const participle = tokens[from - 2]
  if (isWord(preposition) && ['to', 'with', 'for', 'on'].includes(preposition.lower) && isWord(participle) && /ing$/.test(participle.lower) && !participle.cap && from - 3 >= lo && isWord(tokens[from - 3]) && !phraseBreakers.has(tokens[from - 3]!.lower)) {
    const head = subjectBefore(tokens, from - 2, lo)
    if (head && !head.pronoun) from = head.from
  }
  // "the ones State says are …", "the changes Congress approved": a name right after a
  // plural noun starts a relative clause without "that", and is the verb's subject.
  for (let k = to; k > from; k--) {
    const before = tokens[k - 1]!
    if (tokens[k]!.cap && !before.cap && !before.possessive && /[^s'’]s$/.test(before.lower) && !phraseBreakers.has(before.lower) && !groupNouns.has(before.lower) && !titleHeads.has(before.lower.slice(0, -1))) { from = k; break }
  }
  const phrase = tokens.slice(from, to + 1)
  // "Several said", "Many argue": a quantifier alone can be the subject.
  if (phrase.every((w) => determiners.has(w.lower)) && !(phrase.length === 1 && loneSubjects.has(phrase[0]!.lower))) return null
  return {from, to, start: tokens[from]!.start, end: tokens[to]!.end, pronoun: false, appositive}
}

/** Whether the words before the comma at `j` are a name (or a name and its bracket) that opens its clause. */
function namedOpening(tokens: readonly FrameToken[], j: number, lo: number): boolean {
  let k = j - 1
  if (tokens[k]?.text === ')') while (k > lo && tokens[k]!.text !== '(') k--
  if (tokens[k]?.text === '(') k--
  const last = tokens[k]
  if (!isWord(last) || !last.cap) return false
  while (k > lo && isWord(tokens[k - 1]) && tokens[k - 1]!.cap) k--
  const before = tokens[k - 1]
  return k === lo || !isWord(before) || ['and', 'but', 'so', 'then', 'when', 'while', 'after', 'as'].includes(before.lower)
}

/**
 * The noun phrase starting at token `i` and going forward ("said a spokesman for
 * the campaign", "Marinov said"): a pronoun, or a determiner and words up to a
 * breaker, a reporting verb or punctuation. An appositive after a name is not
 * included.
 */
export function phraseAfter(tokens: readonly FrameToken[], i: number, hi: number): NounPhrase | null {
  const first = tokens[i]
  if (!isWord(first) || i >= hi) return null
  if (subjectPronounOf(first.lower)) return {from: i, to: i, start: first.start, end: first.end, pronoun: true, appositive: false}
  let j = i
  if (determiners.has(first.lower)) j++
  // "state Sen. Jason Holsman": a lower-case modifier that looks like a verb, before a title.
  else if (!first.cap && reportingVerbs.has(first.lower) && tokens[i + 1]?.cap) j++
  const begin = j
  while (j < hi && j - i < maxWords) {
    const w = tokens[j]
    if (!isWord(w) || (j > begin && subjectPronouns.has(w.lower))) break
    // "Marle issued a statement", "Dorian Marle stood by": a past-tense verb ends the phrase.
    if (j > begin && !w.cap && (/[^e]ed$/.test(w.lower) || irregularPast.has(w.lower))) break
    // "Ashford supports …": a present-tense verb after a name ends it too.
    if (j > begin && !w.cap && tokens[j - 1]!.cap && /[^su]s$/.test(w.lower) && !groupNouns.has(w.lower) && !titleHeads.has(w.lower.slice(0, -1))) break
    // "the report said", "the Post report says": a bare verb form after a determiner or a
    // name, right before an inflected reporting verb, is a noun (the document that speaks).
    if (!w.cap && reportingVerbs.get(w.lower) === w.lower && (j > begin || begin > i) && inflectedReport(tokens[j + 1])) { j++; continue }
    // "reads one question.", "said a report": a bare verb form right after a determiner, ending the clause, is a noun.
    if (!w.cap && j === begin && begin > i && reportingVerbs.get(w.lower) === w.lower && !isWord(tokens[j + 1])) { j++; continue }
    if (!nominal(w, tokens[j + 1])) {
      if ((w.lower === 'for' || w.lower === 'of') && j > begin && titleHeads.has(tokens[j - 1]!.lower) && isWord(tokens[j + 1])) { j++; continue }
      // "A number of contractors", "a group of senators": the head is after "of".
      if (w.lower === 'of' && j > begin && quantityHeads.has(tokens[j - 1]!.lower) && isWord(tokens[j + 1])) { j++; continue }
      break
    }
    j++
  }
  if (j === begin) return null
  return {from: i, to: j - 1, start: first.start, end: tokens[j - 1]!.end, pronoun: false, appositive: false}
}
