import {titleHeads} from '../entities/titles.js'
import type {FrameToken} from './frame.js'
import {determiners, subjectPronounOf, subjectPronouns} from './function-words.js'
import type {NounPhrase} from './noun-phrase.js'
import {reportingVerbs} from './reporting-verbs.js'
import {groupNouns, inflectedReport, irregularPast, isWord, maxWords, nominal, quantityHeads} from './phrase-words.js'

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
