import type {FrameToken} from './frame.js'
import {cueOf, type Attribution} from './attribution.js'
import {determiners, verbModifiers} from './function-words.js'
import type {NounPhrase} from './noun-phrase.js'
import {phraseAfter} from './noun-phrase.js'
import {namingVerbs, reportingVerbs} from './reporting-verbs.js'

/** Words that open a relative clause whose verb names the quoted words. */
const relatives = new Set(['what', 'which', 'that', 'whom'])

/** Words that may stand between a naming verb and the quote it names ("called it a", "described as the"). */
const namedObjects = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'as', 'a', 'an', 'the', 'his', 'its', 'their'])

/**
 * "under what Ms. Adler called “a rushed timetable,” the board closed …", "a speech
 * that Commissioner Reyes called “unfair,”", "what the Gazette and the Herald each
 * called a “bruising month”": the quote is the object of a naming verb in a relative
 * clause, so the words are that clause's subject's, whatever verb follows the quote.
 * Returns null unless a relative word, a subject of at most nine words, auxiliaries
 * or adverbs, the naming verb and at most three little words lead up to the quote.
 */
export function relativeNaming(tokens: readonly FrameToken[], q: number, lo: number): Attribution | null {
  let v = q - 1
  while (v > lo && q - v <= 4 && tokens[v]!.kind === 'word' && namedObjects.has(tokens[v]!.lower)) v--
  const verb = tokens[v]
  if (!verb || verb.kind !== 'word' || verb.cap || /ing$/.test(verb.lower)) return null
  const lemma = reportingVerbs.get(verb.lower)
  if (!lemma || !namingVerbs.has(lemma) || tokens[v - 1]?.lower === 'to') return null
  // Back over "had", "each", "once", "repeatedly" to the end of the subject.
  let k = v - 1
  while (k > lo && tokens[k]!.kind === 'word' && !tokens[k]!.cap && (verbModifiers.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k--
  for (let r = k - 1; r >= Math.max(lo, k - 10); r--) {
    const t = tokens[r]!
    if (t.kind !== 'word') return null
    if (!relatives.has(t.lower)) continue
    // "the plan that Okafor called": a subject between the relative word and the verb.
    // A pronoun ("what he called") is left to the cue rules, which read it in its clause.
    const phrase = subjectSpan(tokens, r + 1, k)
    return phrase && !phrase.pronoun ? {phrase, cue: cueOf(tokens, v), place: 'before'} : null
  }
  return null
}

/** The words from `from` to `to` as one subject: a noun phrase, or two joined by "and". */
function subjectSpan(tokens: readonly FrameToken[], from: number, to: number): NounPhrase | null {
  const phrase = phraseAfter(tokens, from, to + 1)
  if (!phrase) return null
  if (phrase.to === to) return phrase
  // "the Ledger and the Courier": coordinated subjects, read as one phrase.
  if (tokens[phrase.to + 1]?.lower !== 'and') return null
  const second = phraseAfter(tokens, phrase.to + 2, to + 1)
  if (!second || second.to !== to || second.pronoun || phrase.pronoun) return null
  if (!tokens[second.from]!.cap && !determiners.has(tokens[second.from]!.lower)) return null
  return {...phrase, to, end: tokens[to]!.end}
}
