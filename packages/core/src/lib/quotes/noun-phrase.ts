import {titleHeads} from '../entities/titles.js'
import {canSpeak} from './can-speak.js'
import type {FrameToken} from './frame.js'
import {determiners, phraseBreakers, subjectPronounOf, verbModifiers} from './function-words.js'
import {reportingVerbs} from './reporting-verbs.js'
import {splitCount} from '../white-space.js'
import {asideChainHead} from './aside-chain.js'
import {share} from './share-of-people.js'
import {groupNouns, isWord, loneSubjects, maxWords, nominal, placePrepositions, proportionHedges} from './phrase-words.js'
import {skipModifiers} from './skip-modifiers.js'

// The forward reader, the modifier skipper and the word lists live in their own files;
// they are re-exported here for the attribution rules that import them from this one.
export {phraseAfter} from './phrase-after.js'
export {purposeAfterNoun} from './skip-modifiers.js'
export {groupNouns} from './phrase-words.js'

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
    // A short quoted title may sit inside the appositive (", the co-author of “Salt and Ledger,”").
    const shortQuote = (t: FrameToken) => t.kind === 'quote' && splitCount(t.text) <= 5
    while (j >= lo && j > i - 40 && (tokens[j]!.kind !== 'quote' || shortQuote(tokens[j]!)) && tokens[j]!.kind !== 'end' && tokens[j]!.text !== ',' && tokens[j]!.text !== ';' && tokens[j]!.text !== ':') j--
    // The head ends in a word or a bracket ("Rep. Jane Doe (D-Calif.), who …,").
    if (j < lo || j <= i - 40 || tokens[j]!.text !== ',' || j === i - 1 || !(isWord(tokens[j - 1]) || tokens[j - 1]?.text === ')')) return null
    // ", echoed the positive tone, calling …" is a clause, not an appositive.
    const opener = tokens[j + 1]!
    // "Sen. Dana Okafor (D-Ill.), pointing to the empty seats, said" is an aside after a name that opens the clause.
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
  // "a source close to him said": an object pronoun after "close to" ends a description of the subject ("her" reads as a possessive here).
  if (['him', 'them'].includes(t.lower) && postModified(tokens, i, lo)) {
    const head = subjectBefore(tokens, i - 2, lo)
    if (head && !head.pronoun && head.to === i - 3) return {...head, to: i, end: t.end}
  }
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
  // "A person familiar with the talks said", "people close to the campaign said": over a postmodifying adjective too.
  if (isWord(preposition) && ['to', 'with', 'for', 'on'].includes(preposition.lower) && isWord(participle) && ((/ing$/.test(participle.lower) && !participle.cap) || postModified(tokens, from, lo)) && from - 3 >= lo && isWord(tokens[from - 3]) && !phraseBreakers.has(tokens[from - 3]!.lower)) {
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

/** Adjectives that, with their preposition, describe a source after its noun ("close to …", "familiar with …"). */
const postAdjectives = new Map([['close', 'to'], ['closest', 'to'], ['familiar', 'with']])

/** Whether the word at `k` follows such an adjective and its preposition ("close to" him, "familiar with" the talks). */
function postModified(tokens: readonly FrameToken[], k: number, lo: number): boolean {
  const adjective = tokens[k - 2]
  return k - 3 >= lo && isWord(adjective) && postAdjectives.get(adjective.lower) === tokens[k - 1]?.lower
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
