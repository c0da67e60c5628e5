import type {FrameToken} from './frame.js'
import {determiners, finiteWords, looksPast, pastForms, subjectPronouns} from './function-words.js'
import {clauseBefore, listComma, nextPredicate, shortParenthesis, trailers} from './content-joints.js'
import {reportingVerbs} from './reporting-verbs.js'
import {isWord} from './phrase-words.js'
import {evenClause, isDash, pairedDash} from './content-stops.js'
import {settingAt} from './content-settings.js'

/** Conjunctions that, after a comma and before a new subject, start another clause. */
const clauseConjunctions = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'so', 'or'])

/** Conjunctions that after a comma always open another clause. */
const contrastive = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'yet'])

const concessive = new Set(['though', 'although'])

/**
 * Whether tokens [from, k) hold a finite verb ("has", "would", "took"): a whole
 * clause, not a subject still waiting for its verb ("Crime, according to police,
 * has fallen").
 */
export function ownVerb(tokens: readonly FrameToken[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) {
    const w = tokens[j]!
    if (isWord(w) && !w.cap && (finiteWords.has(w.lower) || pastForms.has(w.lower))) return true
  }
  return false
}

/** Words that open a noun phrase that can be a new clause's subject. */
const subjectOpeners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'other', 'others', 'another', 'few', 'several'])

/** Speech verbs after "and"/"but" that start a second report by the same subject ("and predicted that"). */
function isCueWord(t: FrameToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && reportingVerbs.has(t.lower) && !/ing$/.test(t.lower) && reportingVerbs.get(t.lower) !== t.lower
}

/** A word that can open a clause's subject: a pronoun, a name, a determiner or a number. */
function opensSubject(t: FrameToken | undefined): boolean {
  return isWord(t) && (subjectPronouns.has(t.lower) || t.cap || subjectOpeners.has(t.lower) || /^\d/.test(t.lower))
}

/**
 * The last token of reported content that starts at `from` and may run to `hi`
 * (one sentence): it stops before a second clause (", but the council …"; "and
 * she accused …"), a second report by the same speaker ("and predicted that …"),
 * a participle cue (", adding that …"), an attribution that comes later (",
 * according to …", ", a spokeswoman said"), or a semicolon. Returns -1 when the
 * content would hold a quotation (but a short scare quote in single marks): that is a quote of its own, not indirect speech.
 */
export function contentEnd(tokens: readonly FrameToken[], from: number, hi: number, shape: ContentShape = 'any'): number {
  for (let k = from; k <= hi; k++) {
    const t = tokens[k]!
    if (t.kind === 'quote' && !scareQuote(t)) return -1
    if (t.kind === 'end') return k - 1
    if (t.text === ';') return k - 1
    if (k === from) continue
    // "P — a plan she has pushed for years": an unpaired dash opens the writer's comment.
    if (isDash(tokens, k)) {
      const partner = pairedDash(tokens, k, hi)
      // "P — and Q": a dash before "and" joins a second part of the same report.
      if (partner < 0 && tokens[k + 1]?.lower === 'and') continue
      if (partner < 0) return k - 1
      k = partner
      continue
    }
    const next = tokens[k + 1]
    if (shape === 'clause' && t.text === ',' && isWord(next) && !breaksClause(tokens, k, hi, from)) continue
    if ((shape === 'object' || shape === 'noun-object' || shape === 'predicate') && objectEnds(tokens, k, shape === 'noun-object', shape === 'predicate')) return k - 1
    if (t.text === ',' && isWord(next)) {
      if (writersTurn(tokens, k + 1)) return k - 1
      // ", which has …", ", when voters …", ", with …", ", tapping …": a trailing modifier.
      if (trailers.has(next.lower) || (/ing$/.test(next.lower) && !next.cap && next.lower !== 'including')) return k - 1
      // ", and she accused …", ", and three-quarters said …"
      if (clauseConjunctions.has(next.lower) && (opensSubject(tokens[k + 2]) || cueWithin(tokens, k + 2, 4))) return k - 1
      // "Okafor, who said the mill would reopen, left early": the main clause goes on.
      if (!next.cap && looksPast(next.lower) && !tokens.slice(from, k).some((x) => x.lower === 'who' || x.lower === 'which')) return k - 1
      // ", he appears …": a new clause with its own pronoun subject.
      if (subjectPronouns.has(next.lower) && next.lower !== 'it' && next.lower !== 'you') return k - 1
      if (mainClauseAfter(tokens, k + 1, from)) return k - 1
      // ", adding that …", ", saying …"
      if (/ing$/.test(next.lower) && reportingVerbs.has(next.lower)) return k - 1
      // ", according to …"
      if (next.lower === 'according' && tokens[k + 2]?.lower === 'to') return k - 1
      if (laterCue(tokens, k + 1, hi)) return k - 1
    }
    // "endorsed Okafor at a rally in Marle", "praised the plan on Twitter": a phrase or an object gives way to the report's setting.
    if (shape !== 'clause' && tokens[from]!.lower !== 'to' && settingAt(tokens, k) && !clauseBefore(tokens, from, k)) return k - 1
    // "endorsed Okafor and her rival conceded …": after an object, a new subject and its verb.
    if (isWord(t) && t.lower === 'and' && (shape === 'object' || shape === 'noun-object') && next?.lower !== 'that' && !clauseBefore(tokens, from, k) && mainClauseAfter(tokens, k + 1, from)) return k - 1
    // "… as it heads toward …", "… as she left": a clause of time after the content.
    if (isWord(t) && t.lower === 'as' && isWord(next) && subjectPronouns.has(next.lower) && verbLike(tokens[k + 2]) && !clauseBefore(tokens, from, k)) return k - 1
    // "compared with 38 percent who …"
    if (isWord(t) && t.lower === 'compared' && ['to', 'with'].includes(next?.lower ?? '')) return k - 1
    // "but took aim at …": the reporter's own next act.
    if (isWord(t) && t.lower === 'but' && isWord(next) && !next.cap && looksPast(next.lower)) return k - 1
    // "and predicted that …", "but said …": the same subject's next report.
    if (isWord(t) && (t.lower === 'and' || t.lower === 'but') && isCueWord(next)) return k - 1
    // "and has championed …", "and went back …": the reporter's own next act, a predicate with no subject.
    // (Not in a clause of its own or after a relative clause: "she was tired and would leave" is one report.)
    if (isWord(t) && (t.lower === 'and' || t.lower === 'but') && shape !== 'clause' && nextPredicate(tokens, k + 1) && !clauseBefore(tokens, from, k)) return k - 1
    // "and she accused …": a new subject with a speech verb.
    if (isWord(t) && (t.lower === 'and' || t.lower === 'but') && isWord(next) && subjectPronouns.has(next.lower) && (isCueWord(tokens[k + 2]) || isCueWord(tokens[k + 3]))) return k - 1
  }
  return hi
}

/** "the move was a step in the ‘pivot’ to Asia": up to three words in single curly marks are the writer's scare quote, part of the report. */
function scareQuote(t: FrameToken): boolean {
  return t.text.startsWith('‘') && t.text.split(' ').length <= 3
}

/**
 * What the verb's complement is: a clause ("said that P") runs on past commas that
 * only a noun phrase would stop at; the object of a noun ("her support for the plan
 * surprised …") also stops at the sentence's own verb; an object with an "as"
 * predicate ("saw Reyes as a threat") stops like an object, but not at "as".
 */
export type ContentShape = 'clause' | 'object' | 'noun-object' | 'predicate' | 'any'

/** Auxiliaries before a participle that keep it inside the object ("a plan that was approved"). */
const auxiliaries = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'had', 'has', 'have', 'who', 'which', 'that'])

/** Words after which an object ("endorsed Dana Okafor …") gives way to a phrase of time or manner. */
const objectAdjuncts = new Set(['after', 'before', 'during', 'since', 'while', 'when', 'as', 'because', 'despite', 'amid', 'last', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/**
 * Where a noun-phrase object ends: at a comma ("endorsed Okafor, the first …"), a
 * phrase of time ("… last week", "… after the vote") or "and" with a new verb
 * ("endorsed Okafor and challenged …").
 */
function objectEnds(tokens: readonly FrameToken[], k: number, nounObject: boolean, predicate = false): boolean {
  const t = tokens[k]!
  const next = tokens[k + 1]
  // "God, faith or family", "Sen. Reyes (D-Marle) and …": a list or a short parenthesis goes on.
  if (t.text === ',' && listComma(tokens, k)) return false
  if (t.text === '(' && shortParenthesis(tokens, k)) return false
  if (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '(') return true
  if (!isWord(t)) return false
  // "cited the memo as proof", "backs Reyes as a delegate": an "as" predicate; "as it was sailing", "as she left": a clause of time.
  if (t.lower === 'as' && !predicate) return asClause(tokens, k + 1)
  if (objectAdjuncts.has(t.lower) && !(predicate && t.lower === 'as')) return true
  // "Okafor's support for the plan surprised …": the sentence's own verb after the object.
  if (nounObject && !t.cap && looksPast(t.lower) && isWord(tokens[k - 1]) && !auxiliaries.has(tokens[k - 1]!.lower) && tokens[k + 1]?.lower !== 'by') return true
  return (t.lower === 'and' || t.lower === 'but') && isWord(next) && !next.cap && (looksPast(next.lower) || reportingVerbs.has(next.lower))
}


/** After "as", at `at`: a clause ("as she left", "as the vote neared") rather than a predicate ("as a threat", "as pointing to …"). */
function asClause(tokens: readonly FrameToken[], at: number): boolean {
  const t = tokens[at]
  // "even as …", "as defined by …", "as expected": a concession or a reduced clause.
  if (!isWord(t) || tokens[at - 2]?.lower === 'even' || /^[a-z]+[^e]ed$/.test(t.lower)) return true
  if (subjectPronouns.has(t.lower) || ['if', 'though', 'soon', 'long', 'part', 'of', 'well', 'recently', 'early', 'late'].includes(t.lower)) return true
  return mainClauseAfter(tokens, at, at)
}

/**
 * After a comma, at `at`, a turn to the writer's own words: a contrast (", but for
 * voters, …", ", while others said …"; ", but that …" is a second complement of the
 * same verb), a concession (", even as …"), or an appositive on the content's last
 * noun (", a plan that …", ", an aide to …").
 */
function writersTurn(tokens: readonly FrameToken[], at: number): boolean {
  const word = tokens[at]!.lower
  // A concession ("…, although eligibility is narrow") is still the speaker's, unless it reports someone else ("…, though records indicate …").
  if (concessive.has(word)) return tokens.slice(at + 2, at + 6).some((t) => isWord(t) && !t.cap && reportingVerbs.has(t.lower))
  return (contrastive.has(word) && tokens[at + 1]?.lower !== 'that') || evenClause(tokens, at) || word === 'a' || word === 'an'
}

/** After a comma inside a reported clause: what still ends it (a participle cue, a later cue, a new speaker). */
function breaksClause(tokens: readonly FrameToken[], k: number, hi: number, from: number): boolean {
  const next = tokens[k + 1]!
  if (writersTurn(tokens, k + 1)) return true
  // "Okafor, who said the mill would reopen, left early": a bare predicate is the main clause's.
  if (!next.cap && looksPast(next.lower)) return true
  if (/ing$/.test(next.lower) && reportingVerbs.has(next.lower)) return true
  if (next.lower === 'according' && tokens[k + 2]?.lower === 'to') return true
  if (laterCue(tokens, k + 1, hi)) return true
  if (mainClauseAfter(tokens, k + 1, from)) return true
  if (clauseConjunctions.has(next.lower) && cueWithin(tokens, k + 2, 4)) return true
  // ", and the council has sued …": a second clause with its own subject and verb (", and that …" is a second complement).
  if (clauseConjunctions.has(next.lower) && tokens[k + 2]?.lower !== 'that' && mainClauseAfter(tokens, k + 2, from)) return true
  return false
}

/** Subordinators that open a content whose own main clause comes after a comma ("that if it rains, the fair will close"). */
const subordinators = new Set(['if', 'when', 'while', 'although', 'though', 'because', 'as', 'after', 'before', 'unless', 'since', 'once', 'until', 'whether', 'even'])

/**
 * ", the council voted …", ", Okafor proceeded …" after a content that a fronted
 * clause held ("Having said that the mill would reopen, Okafor left"): a new
 * subject and its finite verb start the sentence's main clause. Not when the
 * content itself opens with a subordinator, whose main clause that is.
 */
function mainClauseAfter(tokens: readonly FrameToken[], at: number, from: number): boolean {
  const first = tokens[at]
  if (!isWord(first) || !(first.cap || subjectOpeners.has(first.lower) || subjectPronouns.has(first.lower))) return false
  if (subordinators.has(tokens[from]?.lower ?? '')) return false
  // ", he clarified …": a pronoun and a verb straight after it.
  if (subjectPronouns.has(first.lower)) return first.lower !== 'it' && first.lower !== 'you' && verbLike(tokens[at + 1])
  for (let k = at + 1; k <= at + 6; k++) {
    const t = tokens[k]
    if (!isWord(t)) return false
    if (['and', 'or', 'who', 'which', 'that', 'whose', 'of'].includes(t.lower)) return false
    if (t.cap) continue
    if (finiteWords.has(t.lower) || pastForms.has(t.lower)) return true
    if (/[^e]ed$/.test(t.lower) && tokens[k + 1]?.lower !== 'by') return !determiners.has(tokens[k - 1]!.lower)
  }
  return false
}

/**
 * Whether "as" at `k` opens a clause of time with its own subject and verb ("as
 * she left the hall", "as the crowd cheered"), not a predicate ("as a threat").
 */
export function asTimeClause(tokens: readonly FrameToken[], k: number): boolean {
  const next = tokens[k + 1]
  // "as many as 30 percent": a comparison, not a clause.
  if (!isWord(tokens[k]) || tokens[k]!.lower !== 'as' || !isWord(next) || tokens[k + 2]?.lower === 'as') return false
  return subjectPronouns.has(next.lower) ? verbLike(tokens[k + 2]) : mainClauseAfter(tokens, k + 1, k + 1)
}

/** A finite verb form: an auxiliary, an irregular past, an "-ed" or "-s" form. */
function verbLike(t: FrameToken | undefined): boolean {
  return isWord(t) && !t.cap && (finiteWords.has(t.lower) || pastForms.has(t.lower) || /(?:[^e]ed|[^s']s)$/.test(t.lower))
}

/** ", a spokeswoman said," / ", officials said.": a short phrase and a speech verb, then a comma or the end. */
function laterCue(tokens: readonly FrameToken[], at: number, hi: number): boolean {
  for (let k = at; k <= Math.min(hi, at + 7); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (k > at && isCueWord(t)) {
      const after = tokens[k + 1]
      return k === hi || !after || after.kind !== 'word' || after.sentence !== t.sentence
    }
  }
  return false
}

/** A speech verb in the `n` tokens from `at`. */
function cueWithin(tokens: readonly FrameToken[], at: number, n: number): boolean {
  for (let k = at; k < at + n; k++) {
    const t = tokens[k]
    if (!isWord(t)) return false
    if (isCueWord(t)) return true
  }
  return false
}

/** The first token of the sentence's own words, past a leading conjunction. */
export function opening(tokens: readonly FrameToken[], lo: number): number {
  let i = lo
  while (tokens[i]?.kind === 'punct') i++
  return i
}
