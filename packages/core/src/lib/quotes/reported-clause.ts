import type {Attribution} from './attribution.js'
import {attitudeVerbs, clauseOnlyAttitudes, nounLikeAttitudes} from './attitude-verbs.js'
import {clauseSubject} from './clause-subject.js'
import type {FrameToken} from './frame.js'
import {determiners, phraseBreakers, subjectPronounOf, subjectPronouns, timeWords} from './function-words.js'
import {phraseAfter, subjectBefore, type NounPhrase} from './noun-phrase.js'
import {accordingTo} from './according-to.js'
import {inSourceClause} from './in-source.js'
import {pollSourceClause} from './poll-source.js'
import {askedClause, nounClause} from './noun-report.js'
import {stanceParticiple} from './stance-participle.js'
import {contentEnd, opening} from './reported-content.js'
import {figuresEnd, listComma, participleEnd} from './content-joints.js'
import {frontedEnd} from './fronted-clause.js'
import {loneAdverb} from './content-stops.js'
import {relativeEnd} from './relative-end.js'
import {namingVerbs, reportingVerbs} from './reporting-verbs.js'
import {headlineVerb, isTitleCase} from './headline-case.js'
import {labelClause} from './label-clause.js'
import {prepositionClause} from './preposition-object.js'
import {lightVerbClause} from './light-verb.js'
import {asClauseContent} from './as-clause.js'
import {adjectiveClause} from './adjective-clause.js'
import {asPredicate, findingObject, ingPredicate, smallClause} from './small-clause.js'
import {clauseDeterminer, complementStart, objectTakers, pastThatAside, possessiveHer, subjectAfter, thatAside, topicPrepositions} from './reported-complement.js'
import {appositiveOpening, asideSubject, coordinatedSubject, cueSubject, progressiveSubject} from './reported-subject.js'
import {asParenthetical, clauseFollows, isPassive, joinedPredicate, longClauseFollows, verbAt} from './verb-forms.js'
import {callsOn, gerundTakers, judgedNaming, subjectLike} from './verb-complements.js'
import {personObject} from './person-object.js'
import {namingCallClause} from './naming-call.js'
import {whatCalledClause} from './what-called.js'

/** A reporting clause and the tokens of what it reports (inclusive). */
export interface ReportedClause extends Attribution {
  content: [number, number]
  /** The verb's lemma ("say", "endorse"); null for "according to" and speech nouns. */
  lemma: string | null
  /** A report inside a phrase ("what she called a leak"), dropped when another report of the sentence holds it. */
  inner?: boolean
}

/** Lemmas whose content may be an infinitive ("hopes to win", "declined to comment"). */
const toTakers = new Set(['want', 'need', 'wish', 'hope', 'desire', 'prefer', 'plan', 'seek', 'intend', 'aim', 'refuse', 'decline', 'vow', 'pledge', 'promise', 'threaten', 'propose', 'demand', 'request', 'expect', 'agree', 'urge', 'ask', 'tell', 'warn', 'advise', 'call', 'decide', 'offer'])
/** Words that open a phrase of time or place, never a reported clause ("said in an interview"). */
const adjuncts = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'from', 'via', 'through', 'with', 'outside', 'inside', 'near', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'publicly', 'privately', 'afterward', 'afterwards', 'recently', 'repeatedly', 'then', 'so'])
/** Object pronouns: "endorsed him" says too little to be worth a quote. */
const objectPronouns = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'this', 'that', 'so'])
/** Forms of "be" before a progressive ("was saying"), whose subject is the verb's own. */
const progressive = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'am'])
/**
 * Every reporting clause in tokens [lo, hi] (one sentence): "Okafor said (that) P",
 * "P, Okafor said", "according to Okafor, P", "Okafor told reporters P", "Okafor
 * accused the council of P", "voters want P", "the audit found that P", "Okafor's
 * claim that P". Quotation marks are never inside a content: a sentence's quotes
 * are found as quotes, and what it reports around them is found here.
 */
export function findReportedClauses(tokens: readonly FrameToken[], lo: number, hi: number): ReportedClause[] {
  const clauses: ReportedClause[] = []
  const headline = isTitleCase(tokens, lo, hi)
  const label = labelClause(tokens, lo, hi)
  if (label) {
    const colon = tokens[label.colon]!
    clauses.push({phrase: label.phrase, cue: {start: colon.start, end: colon.end, type: 'colon'}, place: 'before', content: label.content, lemma: null})
  }
  let namedCue = -1
  for (let v = lo; v <= hi; v++) {
    const t = tokens[v]!
    if (t.kind !== 'word') continue
    // "what officials called a leak": the naming verb reports from its relative word on, once.
    const named = whatCalledClause(tokens, v, hi)
    if (named) namedCue = named.cue.start
    else if (t.start === namedCue) continue
    const clause = named ?? (t.lower === 'according' ? accordingTo(tokens, v, lo, hi) : t.lower === 'in' ? inSourceClause(tokens, v, lo, hi) ?? pollSourceClause(tokens, v, lo, hi) : prepositionClause(tokens, v, lo, hi) ?? lightVerbClause(tokens, v, lo, hi) ?? askedClause(tokens, v, lo, hi) ?? nounClause(tokens, v, lo, hi) ?? stanceParticiple(tokens, v, lo, hi) ?? adjectiveClause(tokens, v, lo, hi) ?? namingCallClause(tokens, v, lo, hi) ?? verbClause(tokens, v, lo, hi, headline))
    if (clause) clauses.push(clause)
  }
  return clauses
}

/** The lemma of a verb that can head a reporting clause at `v`, or null. */
function cueLemma(tokens: readonly FrameToken[], v: number, headline: boolean): string | null {
  const t = tokens[v]!
  const next = tokens[v + 1]
  if (headline && t.cap) return headlineVerb(tokens, v)
  let lemma = verbAt(tokens, v)
  let clauseOnly = false
  // A bare form ("say", "claim") reads as a verb only where a noun would not stand.
  if (!lemma && !t.cap && reportingVerbs.get(t.lower) === t.lower && next?.kind === 'word') {
    const before = tokens[v - 1]
    // "those surveyed say the economy …": before a clause; so is one after "who" ("fishermen who say …").
    if (before?.kind === 'word' && !determiners.has(before.lower) && !before.possessive && (next.lower === 'that' || subjectPronouns.has(next.lower) || clauseFollows(tokens, v + 1) || before.lower === 'who')) lemma = t.lower
    // "The Khans, parents of a fallen soldier, say they …": after an appositive's comma, before "that" or a pronoun.
    else if (before?.text === ',' && (next.lower === 'that' || (subjectPronouns.has(next.lower) && next.lower !== 'you'))) lemma = t.lower
  }
  if (!lemma) {
    const attitude = attitudeVerbs.get(t.lower)
    const before = tokens[v - 1]
    if (!attitude || t.cap || (before?.kind === 'word' && (before.possessive || determiners.has(before.lower)))) return null
    lemma = attitude
    clauseOnly = clauseOnlyAttitudes.has(attitude)
  } else clauseOnly = clauseOnlyAttitudes.has(lemma) || (attitudeVerbs.get(t.lower) === undefined && isWeak(lemma))
  if (isPassive(tokens, v) || asParenthetical(tokens, v)) return null
  if (nounLikeAttitudes.has(lemma) && (t.lower === lemma || t.lower === lemma + 's') && !subjectLike(tokens[v - 1]) && !clauseAfterNoun(tokens, v, lemma)) return null
  if (namingVerbs.has(lemma) && !(lemma === 'call' && (next?.lower === 'for' || callsOn(tokens, v))) && !judgedNaming(tokens, v, lemma)) return null
  // "pointed to the record", "talked about the levy": what the preposition names is the content.
  if (topicPrepositions.get(lemma)?.includes(next?.lower ?? '') && !isPassive(tokens, v)) return lemma
  if (clauseOnly) {
    // "plans to …", "expects the council to …"
    // "decided not to run": a negation may come before the infinitive.
    const infinitive = toTakers.has(lemma) && (next?.lower === 'to' || (['not', 'never'].includes(next?.lower ?? '') && tokens[v + 2]?.lower === 'to') || (determiners.has(next?.lower ?? '') && tokens.slice(v + 2, v + 5).some((x) => x.kind === 'word' && x.lower === 'to')))
    const opensClause = next !== undefined && next.kind === 'word' && (next.lower === 'that' || infinitive || (next.lower === 'for' && lemma === 'call') || callsOn(tokens, v) || next.lower === 'whether' || next.lower === 'if' || subjectPronounOf(next.lower) !== null || longClauseFollows(tokens, v + 1))
    // "proposed barring …", "considered running": a gerund is a clause without a subject.
    const gerund = gerundTakers.has(lemma) && next?.kind === 'word' && !next.cap && /[^t][^h]ing$/.test(next.lower) && next.lower.length > 5
    // "backed Okafor", "is backing her bid": the stance sense takes a name or a determined phrase.
    const backs = lemma === 'back' && t.lower !== 'back' && next?.kind === 'word' && (next.cap || next.possessive || ['the', 'his', 'her', 'their', 'its', 'a', 'an'].includes(next.lower))
    if (!opensClause && !gerund && !backs && !smallClause(tokens, v + 1, lemma) && !findingObject(tokens, v, lemma) && !(next && next.kind !== 'word' && next.kind !== 'quote')) return null
  }
  return lemma
}

/**
 * "the candidate claims his worth is …", "the leadership fears sweeping closures
 * could …": an -s form between a singular noun and a clause of its own (a subject
 * pronoun, or a subject and its auxiliary) is the noun's verb, not a compound noun.
 * Not before "that", which as often opens a relative clause ("the states that vote").
 */
function clauseAfterNoun(tokens: readonly FrameToken[], v: number, lemma: string): boolean {
  const before = tokens[v - 1]
  const next = tokens[v + 1]
  if (tokens[v]!.lower !== `${lemma}s` || before?.kind !== 'word' || before.cap || before.possessive || determiners.has(before.lower) || phraseBreakers.has(before.lower) || /(?:s|ly)$/.test(before.lower)) return false
  if (next?.kind !== 'word') return false
  const pronoun = subjectPronounOf(next.lower)
  return (pronoun !== null && pronoun !== 'it' && pronoun !== 'you') || ((determiners.has(next.lower) || next.cap) && clauseFollows(tokens, v + 1))
}

/**
 * Speech lemmas that read as ordinary verbs without a clause after them ("continued",
 * "pointed"). Verbs whose object is what was said or judged ("cited the report",
 * "described the plan", "mocked the ad") are not here: their object is the content.
 */
const weakLemmas = new Set(['continue', 'start', 'begin', 'put', 'point', 'read', 'press', 'type', 'name', 'quote', 'object', 'remember', 'cry', 'chime', 'brief', 'answer', 'state', 'call', 'comment', 'lash', 'rail'])


function isWeak(lemma: string): boolean {
  return weakLemmas.has(lemma)
}

/** A clause headed by a reporting or attitude verb at `v`. */
function verbClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number, headline = false): ReportedClause | null {
  const lemma = cueLemma(tokens, v, headline)
  if (!lemma) return null
  const t = tokens[v]!
  const cue = {start: t.start, end: t.end, type: 'verb' as const}
  // "P, said Dana Okafor, a council member." reads forward first.
  const inverted = tokens[v - 1]?.text === ',' && !appositiveOpening(tokens, v, lo) ? invertedClause(tokens, v, lo, hi, lemma) : null
  if (inverted) return inverted
  let phrase = subjectBefore(tokens, v, lo) ?? progressiveSubject(tokens, v, lo)
  const participle = /ing$/.test(t.lower) && !progressive.has(tokens[v - 1]?.lower ?? '')
  // "ads supporting Okafor", "a group opposing the plan": a participle right after its
  // noun describes the noun; a stance is reported only by a participle clause (", backing …").
  if (participle && !reportingVerbs.has(t.lower) && tokens[v - 1]?.kind === 'word' && !['while', 'by', 'after', 'before', 'when', 'and', 'also', 'not'].includes(tokens[v - 1]!.lower)) return null
  // "spoke to reporters": speaking reports words only with what was spoken about.
  if (lemma === 'speak' && !['about', 'of', 'on', 'out'].includes(tokens[v + 1]?.lower ?? '')) return null
  if (participle && (!phrase || (!phrase.pronoun && !phrase.appositive && tokens[phrase.from - 1]?.kind === 'word'))) phrase = clauseSubject(tokens, lo, v) ?? phrase
  // "“…,” she said at the rally, referring to …": the participle's source is the cue's.
  if (participle && !phrase && tokens[v - 1]?.text === ',') phrase = cueSubject(tokens, v - 1, lo)
  // "came here to say P": the clause's subject says it; "asked Okafor to explain P": the one asked.
  if (!phrase && tokens[v - 1]?.lower === 'to' && reportingVerbs.has(t.lower)) phrase = infinitiveSubject(tokens, v, lo)
  // "Okafor thanked the crowd and said …": a second verb shares the clause's subject.
  if (!phrase && ['and', 'but'].includes(tokens[v - 1]?.lower ?? '')) phrase = coordinatedSubject(tokens, v - 1, lo)
  // "Okafor, then 38, said", "Voters — young and old — say": over a short aside.
  if (!phrase && [',', '—', '–'].includes(tokens[v - 1]?.text ?? '')) phrase = asideSubject(tokens, v - 1, lo)
  if (!phrase && tokens[v - 1]?.kind === 'quote' && /,\s*["”'’]*$/.test(tokens[v - 1]!.text)) phrase = asideSubject(tokens, v - 1, lo)
  const start = opening(tokens, lo)
  let c = complementStart(tokens, v, lemma, hi)
  if (phrase) {
    const before = phrase.from - 1
    // "P, Okafor said." and "A, Okafor said, B."
    if (tokens[before]?.text === ',' && before - 1 >= start && !tokens.slice(start, before).some((x) => x.kind === 'quote') && (c > hi || tokens[c]?.text === ',' || tokens[c]?.kind === 'end' || adjunctTail(tokens, c, hi))) {
      const rest = tokens[c]?.text === ',' ? contentEnd(tokens, c + 1, hi) : -1
      return {phrase, cue, place: 'later', content: [start, Math.max(before - 1, rest)], lemma}
    }
    // "P, the mayor told reporters."
    if (tokens[before]?.text === ',' && before - 1 >= start && objectTakers.has(lemma) && c <= hi && tokens[c]!.kind === 'word' && tokens[c - 1]?.lower !== 'that' && tokens.slice(c, hi + 1).every((x) => x.kind === 'word') && hi - c < 4 && !tokens.slice(start, before).some((x) => x.kind === 'quote')) {
      return {phrase, cue, place: 'later', content: [start, before - 1], lemma}
    }
    const fronted = asClauseContent(tokens, phrase, c, lo, hi)
    if (fronted) return {phrase, cue, place: 'before', content: fronted, lemma}
    if (c > hi || tokens[c]!.kind !== 'word') return null
    // "said in an interview", "backed her on Monday": no clause reported; "said on
    // Sunday the bridge would …": the clause after the phrase.
    // ("said Monday's vote will …": a day's possessive opens the clause's subject.)
    // "said that in May the mill …", "said that this plan …": after "that" the clause has begun.
    const complementizer = (c - 1 > v && tokens[c - 1]!.lower === 'that') || thatAside(tokens, c)
    if (!complementizer && adjuncts.has(tokens[c]!.lower) && !tokens[c]!.possessive && !clauseDeterminer(tokens, c)) c = clauseAfterAdjunct(tokens, c, hi)
    if (c < 0 || (!complementizer && objectPronouns.has(tokens[c]!.lower) && !personObject(lemma, tokens[c]!.lower) && !possessiveHer(tokens, c) && !subjectAfter(tokens, c) && !(reportingVerbs.has(t.lower) && ['it', 'this', 'that'].includes(tokens[c]!.lower)))) return null
    const shape = complementizer || (clauseFollows(tokens, c) && !joinedPredicate(tokens, c)) || ingPredicate(tokens, c, lemma) ? 'clause' : asPredicate(tokens, c, hi, lemma) ? 'predicate' : reportingVerbs.has(t.lower) ? 'any' : 'object'
    // A clause that runs on into a quotation stops where a noun phrase would have.
    // "said that, in retrospect, P": the clause's end is read from P, past the aside.
    let end = contentEnd(tokens, thatAside(tokens, c) ? pastThatAside(tokens, c, hi) : c, hi, shape)
    if (end < 0 && shape === 'clause') end = contentEnd(tokens, c, hi)
    // "Lund, who endorsed Okafor on Monday, plans …": the relative clause ends the content.
    if (end >= c) end = relativeEnd(tokens, v, c, end, lo, shape === 'clause', (k) => listComma(tokens, k))
    // "showed Okafor at 31 percent, followed by Lund at 17 percent": a survey's figures go on.
    if (end >= c) end = figuresEnd(tokens, end, lemma, (k) => contentEnd(tokens, k, hi, shape))
    // "While Okafor claimed that P, Q": Q is the writer's main clause.
    if (end >= c) end = frontedEnd(tokens, start, v, c, end, (k) => listComma(tokens, k))
    // "urging voters to wait and promising …": a second participle is the next act, not more content.
    if (participle) end = participleEnd(tokens, c, end)
    // "“…,” she said dryly", "he wondered aloud": an adverb alone reports nothing.
    if (end === c && loneAdverb(tokens[c])) return null
    return end >= c ? {phrase, cue, place: 'before', content: [c, end], lemma} : null
  }
  return null
}

/** Object pronouns of people, who may be asked or urged to say something. */
const personObjects = new Set(['him', 'her', 'them', 'us', 'me', 'you'])

/** Who says an infinitive's verb at `v` ("to say"): a name or pronoun right before "to" (the one asked or urged), else the clause's subject. */
function infinitiveSubject(tokens: readonly FrameToken[], v: number, lo: number): NounPhrase | null {
  const before = tokens[v - 2]
  const object = before?.kind === 'word' && (before.cap || personObjects.has(before.lower)) ? subjectBefore(tokens, v - 1, lo) : null
  return object ?? clauseSubject(tokens, lo, v)
}

/** "P, said Okafor." / "P, said Okafor, a council member." */
function invertedClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number, lemma: string): ReportedClause | null {
  const start = opening(tokens, lo)
  if (v - 2 < start || tokens.slice(start, v).some((x) => x.kind === 'quote')) return null
  const after = phraseAfter(tokens, v + 1, hi + 1)
  if (!after || (after.to < hi && tokens[after.to + 1]?.kind === 'word')) return null
  const t = tokens[v]!
  return {phrase: after, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'after', content: [start, v - 2], lemma}
}

/** Past a phrase of time or place ("on Sunday", "in a radio interview"), where a clause with its own verb starts; -1 if none does. */
function clauseAfterAdjunct(tokens: readonly FrameToken[], c: number, hi: number): number {
  for (let k = c + 1; k <= Math.min(hi, c + 8); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') return -1
    if ((subjectPronouns.has(t.lower) || determiners.has(t.lower) || t.cap) && clauseFollows(tokens, k)) return k
    // "said in farming it needs patience": a personal pronoun and a finite verb.
    if (subjectPronouns.has(t.lower) && finiteAfterPronoun(tokens[k + 1])) return k
  }
  return -1
}

/** A present or past form after a subject pronoun ("it takes", "she wanted"). */
function finiteAfterPronoun(t: FrameToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && /(?:[^su]s|ed)$/.test(t.lower)
}

/** "the ferry line said Monday.", "she said in a call on Friday.": only a short phrase of time or place after the verb. */
function adjunctTail(tokens: readonly FrameToken[], c: number, hi: number): boolean {
  if (c > hi || hi - c > 8 || !(adjuncts.has(tokens[c]!.lower) || timeWords.has(tokens[c]!.lower)) || clauseDeterminer(tokens, c)) return false
  for (let k = c; k <= hi; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || (k > c && (subjectPronouns.has(t.lower) || t.lower === 'that'))) return false
  }
  return true
}
