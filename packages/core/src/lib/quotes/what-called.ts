import type {FrameToken} from './frame.js'
import {cueOf} from './attribution.js'
import {clauseAuxiliaries, determiners, looksPast, subjectPronouns, verbModifiers} from './function-words.js'
import type {NounPhrase} from './noun-phrase.js'
import {beforeMainVerb} from './phrase-end.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'
import {namingVerbs, reportingVerbs} from './reporting-verbs.js'

// "ending what he calls waste at the port", "after what officials called a chemical
// leak", "a press which they described as biased": a relative clause whose verb names
// or characterizes the phrase after it gives that naming to the clause's subject. PolNeAR
// spans the content from the relative word through the named phrase. The verbs are the
// naming verbs (VerbNet 3.x dub-29.3: call, dub, label, name, term, brand) and, with
// "as", the characterize-29.2 verbs of seeing and describing (see, view, regard,
// describe, characterize, portray).

/** Relative words that open such a clause: "what" (a free relative) and "which". */
const relatives = new Set(['what', 'which'])

/** Forms of the characterize-29.2 lemmas that name their object only with "as" ("what he sees as a threat"). */
const asForms: ReadonlyMap<string, string> = new Map([
  ['see', 'see'], ['sees', 'see'], ['saw', 'see'], ['seen', 'see'],
  ['view', 'view'], ['views', 'view'], ['viewed', 'view'],
  ['regard', 'regard'], ['regards', 'regard'], ['regarded', 'regard'],
  ['portray', 'portray'], ['portrays', 'portray'], ['portrayed', 'portray'],
  ['depict', 'depict'], ['depicts', 'depict'], ['depicted', 'depict'],
  ['perceive', 'perceive'], ['perceives', 'perceive'], ['perceived', 'perceive']
])

/** The most words of the relative clause's subject ("her campaign's senior advisers"). */
const subjectWords = 5

/**
 * The naming relative clause opened at `v` ("what"/"which"), with its subject as the
 * source and the relative word through the named phrase as the content; null when the
 * clause has no subject of its own ("what is called"), no naming verb, or a quotation
 * follows the verb (the quote's own cue reads that).
 */
export function whatCalledClause(tokens: readonly FrameToken[], v: number, hi: number): ReportedClause | null {
  if (!relatives.has(tokens[v]!.lower) || tokens[v]!.cap || tokens[v]!.possessive) return null
  // The subject: a pronoun, or a short noun phrase of words that are no verb.
  let k = v + 1
  // A second pronoun ("which they describe a plan they call") is a clause of its own.
  while (k <= hi && k - v <= subjectWords && subjectWord(tokens[k]!) && !verbForm(tokens, k) && !(k > v + 1 && subjectPronouns.has(tokens[k]!.lower))) k++
  if (k === v + 1 || k > hi) return null
  // "which its term", "which Marle's name": a determiner or possessive before the form makes it a noun.
  if (determiners.has(tokens[k - 1]!.lower) || tokens[k - 1]!.possessive) return null
  const to = k - 1
  // "what he has long called": auxiliaries and adverbs before the verb.
  while (k <= hi && tokens[k]!.kind === 'word' && (clauseAuxiliaries.has(tokens[k]!.lower) || verbModifiers.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k++
  if (!verbForm(tokens, k)) return null
  let from = k + 1
  if (tokens[from]?.lower === 'as') from++
  else if (!namingVerbs.has(reportingVerbs.get(tokens[k]!.lower) ?? '')) return null
  const first = tokens[from]
  if (!first || first.kind !== 'word') return null
  const end = contentEnd(tokens, from, hi, 'object')
  if (end < from) return null
  const phrase: NounPhrase = {from: v + 1, to, start: tokens[v + 1]!.start, end: tokens[to]!.end, pronoun: to === v + 1 && subjectPronouns.has(tokens[to]!.lower), appositive: false}
  return {phrase, cue: cueOf(tokens, k), place: 'before', content: [v, beforeMainVerb(tokens, from, end)], lemma: null, inner: true}
}

/** A word that may stand in the relative clause's subject: no verb, auxiliary or contracted "is". */
function subjectWord(t: FrameToken): boolean {
  return t.kind === 'word' && !clauseAuxiliaries.has(t.lower) && !looksPast(t.lower) && !/^['’]s$/.test(t.lower) && !/ing$/.test(t.lower)
}

/** Whether token `k` is a naming verb, or a characterizing verb followed by "as". */
function verbForm(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k]
  if (!t || t.kind !== 'word' || t.cap || /ing$/.test(t.lower)) return false
  if (asForms.has(t.lower)) return tokens[k + 1]?.lower === 'as'
  const lemma = reportingVerbs.get(t.lower)
  if (lemma === 'describe' || lemma === 'characterize' || lemma === 'characterise') return tokens[k + 1]?.lower === 'as'
  return lemma !== undefined && namingVerbs.has(lemma) && lemma !== 'pronounce' && lemma !== 'deem'
}
