import type {FrameToken} from './frame.js'
import {determiners, phraseBreakers, timeWords, verbModifiers} from './function-words.js'
import {reportingVerbs} from './reporting-verbs.js'
import {aspectVerbs, irregularPast, isWord, passiveBe, timePrepositions} from './phrase-words.js'

/**
 * Step back from token `i` over auxiliaries, adverbs and time phrases that may
 * stand between a subject and its verb ("has also said", "later Thursday told",
 * "has in the past described").
 */
export function skipModifiers(tokens: readonly FrameToken[], i: number, lo: number): number {
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
    // "Her campaign workers here said", "Polls there show": a place adverb after the subject.
    if ((t.lower === 'here' || t.lower === 'there') && !t.cap && i - 1 >= lo && isWord(tokens[i - 1]) && !tokens[i - 1]!.cap && /s$/.test(tokens[i - 1]!.lower)) { i--; continue }
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
