import type {FrameToken} from './frame.js'
import {clauseOpeners, determiners, passiveMarkers, phraseBreakers, subjectPronouns, subordinators, verbModifiers} from './function-words.js'
import {phraseAfter, subjectBefore, type NounPhrase} from './noun-phrase.js'
import {isBareForm, namingVerbs, reportingVerbs, verbParticles, weakReportingVerbs} from './reporting-verbs.js'
import type {CueType} from './types.js'

/** What the rules found for one quote: the speaker phrase and the cue. */
export interface Attribution {
  phrase: NounPhrase
  cue: {start: number, end: number, type: CueType}
  /** Where the cue stood: right after the quote, before it, or later in the sentence. */
  place: 'after' | 'before' | 'later'
}

/** Lemmas that never attribute a quote that comes before them ("“…” Trump wanted"). */
const notAfter = new Set(['want', 'know', 'find', 'consider', 'attack', 'order', 'point', 'brief', 'object', 'question', 'defend', 'welcome', 'hope', 'fear'])

/** The window of tokens a quote's cue may stand in: its sentence, cut at an earlier quote that ended one. */
export function sentenceWindow(tokens: readonly FrameToken[], q: number): [number, number] {
  const sentence = tokens[q]!.sentence
  let lo = q
  while (lo > 0 && tokens[lo - 1]!.sentence === sentence && tokens[lo - 1]!.kind !== 'end' && !endsSentence(tokens, lo - 1)) lo--
  let hi = q
  while (hi + 1 < tokens.length && tokens[hi + 1]!.sentence === sentence && tokens[hi + 1]!.kind !== 'end') hi++
  return [lo, hi]
}

/** A quote whose words end with . ? ! and that is followed by a capitalised word ended its sentence. */
function endsSentence(tokens: readonly FrameToken[], i: number): boolean {
  const t = tokens[i]!
  if (t.kind !== 'quote') return false
  const next = tokens[i + 1]
  return /[.?!…]\s*["'“”‘’«»]?\s*$/.test(t.text) && next !== undefined && next.kind === 'word' && next.cap
}

function verbAt(tokens: readonly FrameToken[], i: number): string | null {
  const t = tokens[i]
  if (!t || t.kind !== 'word' || (t.cap && i > 0 && tokens[i - 1]!.kind !== 'quote')) return null
  const lemma = reportingVerbs.get(t.lower)
  if (!lemma) return null
  const before = tokens[i - 1]
  // "Trump’s comments", "the claims": a noun after a possessive or a determiner.
  if (before && before.kind === 'word' && (before.possessive || (determiners.has(before.lower) && !['that', 'all', 'both', 'some', 'many', 'most', 'few', 'several', 'one', 'two', 'three'].includes(before.lower)))) return null
  if (isBareForm(t.lower)) {
    // "the recent call", "a claim": a bare form is a verb only after a plural, a pronoun, a modal or "to".
    const prev = tokens[i - 1]
    if (!prev || prev.kind !== 'word') return null
    if (!(bareVerbOpeners.has(prev.lower) || (/[^s']s$/.test(prev.lower) && !prev.possessive && !determiners.has(prev.lower)))) return null
  }
  return lemma
}

/**
 * The lemma of a reporting verb at token `i` that can head a reporting clause with
 * no quote in it: not passive, and a weak verb only with "that" or a clause after it.
 */
export function isReportingVerbAt(tokens: readonly FrameToken[], i: number): string | null {
  const lemma = verbAt(tokens, i)
  if (!lemma || isPassive(tokens, i) || asParenthetical(tokens, i) || namingVerbs.has(lemma)) return null
  if (weakReportingVerbs.has(lemma)) {
    const next = tokens[i + 1]
    if (!(next && (next.lower === 'that' || clauseFollows(tokens, i + 1)))) return null
  }
  return lemma
}

/** Words after which a bare verb form is a verb ("they say", "will tell", "to add"). */
const bareVerbOpeners = new Set(['two', 'three', 'both', 'all', 'many', 'several', 'others', 'some', 'most', 'they', 'we', 'i', 'you', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does', 'to', 'not', 'also', 'often', 'still', 'never', 'people', 'officials'])

function isPassive(tokens: readonly FrameToken[], v: number): boolean {
  if (/ing$/.test(tokens[v]!.lower)) return false
  let i = v - 1
  while (i >= 0 && tokens[i]!.kind === 'word' && verbModifiers.has(tokens[i]!.lower) && !passiveMarkers.has(tokens[i]!.lower)) i--
  const prev = tokens[i]
  return prev !== undefined && prev.kind === 'word' && passiveMarkers.has(prev.lower)
}

function cueOf(tokens: readonly FrameToken[], v: number, type: CueType = 'verb'): Attribution['cue'] {
  const t = tokens[v]!
  const next = tokens[v + 1]
  const end = next && next.kind === 'word' && verbParticles.has(next.lower) && type === 'verb' && reportingVerbs.get(t.lower) !== 'say' ? next.end : t.end
  return {start: t.start, end, type}
}

/**
 * Find who a quote is attributed to, from the tokens of its block (`q` is the
 * quote's token). In order: a cue right after the quote (`“…,” Ushakov said`,
 * `said Ushakov`, `“…” —Name`, `according to`), a colon intro (`He added: ‘…”`,
 * `And from Chairwoman X: “…”`), a reporting verb before the quote in its
 * sentence (the outermost one of the clause, unless the nearest is a naming verb
 * such as "called"; a participle or a coordinated verb takes the clause's
 * subject), `according to X`, `by X as “…”`, and last a parenthetical later in
 * the sentence (`…“positive” call on Monday, the White House said`).
 */
export function findAttribution(tokens: readonly FrameToken[], q: number): Attribution | null {
  const [lo, hi] = sentenceWindow(tokens, q)
  // A cue right after the quote wins, even over a verb before it ("Ushakov called it
  // “constructive,” TASS reported" is TASS's report, as attribution corpora read it).
  return after(tokens, q, hi) ?? before(tokens, q, lo) ?? later(tokens, q, hi)
}

function after(tokens: readonly FrameToken[], q: number, hi: number): Attribution | null {
  // A quote that ends with a period ended its sentence: what follows is not its cue
  // (a quote followed by its cue ends with a comma, ? or !).
  const dash = dashSignature(tokens, q)
  if (dash) return dash
  const stopped = /[.…]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text) && !/\p{Lu}\.\s*["'“”‘’«»]?\s*$/u.test(tokens[q]!.text)
  if (stopped) return shortCue(tokens, q)
  let i = q + 1
  // “…!” She replied …: a capitalised pronoun after a question or exclamation opens a new sentence.
  const next = tokens[i]
  if (next && next.kind === 'word' && next.cap && subjectPronouns.has(next.lower) && /[?!]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text)) return null
  const limit = Math.max(hi, Math.min(tokens.length - 1, q + 14))
  if (tokens[i]?.kind === 'punct' && tokens[i]!.text === ',') i++
  const t = tokens[i]
  if (!t) return null
  // Inverted: said Ushakov / said a spokesman for the campaign.
  const lemma = verbAt(tokens, i)
  if (lemma && !notAfter.has(lemma) && !namingVerbs.has(lemma)) {
    let k = i + 1
    if (tokens[k]?.kind === 'word' && verbParticles.has(tokens[k]!.lower)) k++
    const phrase = phraseAfter(tokens, k, limit + 1)
    if (phrase) return {phrase, cue: cueOf(tokens, i), place: 'after'}
  }
  if (t.kind === 'word' && t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const phrase = phraseAfter(tokens, i + 2, tokens.length)
    if (phrase) return {phrase, cue: {start: t.start, end: tokens[i + 1]!.end, type: 'according-to'}, place: 'after'}
  }
  // Subject then verb: “…,” the American president added.
  const phrase = phraseAfter(tokens, i, limit + 1)
  if (!phrase) return null
  let j = skipAside(tokens, phrase.to + 1)
  while (tokens[j]?.kind === 'word' && verbModifiers.has(tokens[j]!.lower)) j++
  const verb = verbAt(tokens, j)
  // “Why now?” Mills then writes back, “You look cute.”: after a question, a cue that
  // leads into the next quote is that quote's.
  const leadsOn = (tokens[j + 1]?.text === ',' || tokens[j + 1]?.text === ':') && tokens[j + 2]?.kind === 'quote' ||
    (tokens[j + 1]?.kind === 'word' && verbParticles.has(tokens[j + 1]!.lower) && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.text === ':') && tokens[j + 3]?.kind === 'quote')
  if (leadsOn && /[?!]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text)) return null
  if (verb && !notAfter.has(verb) && !namingVerbs.has(verb) && !isPassive(tokens, j)) return {phrase: {...phrase, appositive: j > phrase.to + 1 && tokens[phrase.to + 1]!.text === ','}, cue: cueOf(tokens, j), place: 'after'}
  return null
}

/**
 * After a quote that ends with a period, only a whole short sentence of cue
 * (“…” Trump said.) still attributes it: writers who end a quote with a period and
 * then name the speaker do so in a sentence of nothing else.
 */
function shortCue(tokens: readonly FrameToken[], q: number): Attribution | null {
  const phrase = phraseAfter(tokens, q + 1, Math.min(tokens.length, q + 8))
  if (!phrase || !tokens[phrase.from]!.cap) return null
  let j = phrase.to + 1
  while (tokens[j]?.kind === 'word' && verbModifiers.has(tokens[j]!.lower)) j++
  const verb = verbAt(tokens, j)
  const next = tokens[j + 1]
  if (!verb || notAfter.has(verb) || namingVerbs.has(verb) || (next !== undefined && next.kind !== 'end')) return null
  return {phrase, cue: cueOf(tokens, j), place: 'after'}
}

/** “…” —Name, or “…” - Name, Title: a signature after the quote. */
function dashSignature(tokens: readonly FrameToken[], q: number): Attribution | null {
  const t = tokens[q + 1]
  if (!t || t.kind !== 'punct' || !/^[—–-]/.test(t.text) || !tokens[q + 2]?.cap) return null
  const phrase = phraseAfter(tokens, q + 2, tokens.length)
  const next = phrase ? tokens[phrase.to + 1] : undefined
  if (phrase && (!next || next.kind === 'end' || next.text === ',' || next.text === '(')) return {phrase, cue: {start: t.start, end: t.end, type: 'dash'}, place: 'after'}
  return null
}

/** Skip ", a Kremlin envoy," or "(R-Texas)" after a name. */
function skipAside(tokens: readonly FrameToken[], j: number): number {
  const t = tokens[j]
  if (!t || t.kind !== 'punct') return j
  const close = t.text === '(' ? ')' : t.text === ',' ? ',' : null
  if (!close) return j
  for (let k = j + 1; k < Math.min(tokens.length, j + 16); k++) {
    const u = tokens[k]!
    if (u.kind === 'quote' || u.kind === 'end') return j
    if (u.kind === 'punct' && u.text === close) return k + 1
  }
  return j
}

function before(tokens: readonly FrameToken[], q: number, lo: number): Attribution | null {
  if (q <= lo) return null
  const colon = tokens[q - 1]!.kind === 'punct' && tokens[q - 1]!.text === ':'
  const end = colon ? q - 1 : q
  // Reporting verbs before the quote; `clause` counts those after the last clause break.
  const verbs: number[] = []
  let clause = 0
  let clauseStart = lo
  const leading = leadingSubordinate(tokens, lo, end)
  for (let i = leading; i < end; i++) {
    const t = tokens[i]!
    if (t.kind === 'quote' && namingAt(tokens, verbs)) verbs.pop()
    if (t.kind === 'punct' && (t.text === ';' || (t.text === ',' && clauseOpeners.has(tokens[i + 1]?.lower ?? '')))) { clause = verbs.length; clauseStart = i + 1; continue }
    const lemma = verbAt(tokens, i)
    if (!lemma || isPassive(tokens, i) || asParenthetical(tokens, i)) continue
    if (weakReportingVerbs.has(lemma) && !namingVerbs.has(lemma)) {
      const next = tokens[i + 1]
      if (!(next && (next.lower === 'that' || next.lower === 'as' || next.text === ':' || next.kind === 'quote' || (next.text === ',' && tokens[i + 2]?.kind === 'quote') || (verbParticles.has(next.lower) && tokens[i + 2]?.lower === 'that') || clauseFollows(tokens, i + 1)))) continue
    }
    if (namingVerbs.has(lemma) && q - i > 12) continue
    verbs.push(i)
  }
  const scope = clause < verbs.length ? verbs.slice(clause) : verbs
  const from = clause < verbs.length ? clauseStart : lo
  const according = findAccording(tokens, leading, end)
  if (scope.length === 0) {
    if (according) return according
    if (colon) {
      // "And from Chairwoman X:", "Ushakov:" — the phrase before the colon.
      const phrase = subjectBefore(tokens, q - 1, lo)
      if (phrase && !phrase.pronoun && tokens[phrase.from]!.cap && !/^[A-Z]{3,}$/.test(tokens[phrase.to]!.text)) return {phrase, cue: {start: tokens[q - 1]!.start, end: tokens[q - 1]!.end, type: 'colon'}, place: 'before'}
    }
    return agent(tokens, q, lo)
  }
  const nearest = scope[scope.length - 1]!
  const lemma = reportingVerbs.get(tokens[nearest]!.lower)!
  // The outermost verb of the clause owns the quote ("He added that Trump informed
  // Putin “…”"), except: the verb just before a colon, a naming verb right at the
  // quote ("what he called “…”"), a verb in a clause of its own ("when he claimed
  // “…”"), and an absolute "with X telling reporters “…”".
  const nearestSubject = subjectBefore(tokens, nearest, from)
  const opener = nearestSubject ? tokens[nearestSubject.from - 1] : undefined
  const own = colon || namingVerbs.has(lemma) || (opener !== undefined && (subordinators.has(opener.lower) || (opener.lower === 'with' && /ing$/.test(tokens[nearest]!.lower))))
  const order = own ? [nearest, ...scope.slice(0, -1)] : scope
  for (const v of order) {
    let phrase = v === nearest ? nearestSubject : subjectBefore(tokens, v, from)
    // "She greeted supporters … and told them": a coordinated verb shares the clause's subject.
    let k = v - 1
    while (k > lo && tokens[k]!.kind === 'word' && verbModifiers.has(tokens[k]!.lower)) k--
    if (['and', 'but', 'then'].includes(tokens[k]?.lower ?? '')) phrase = clauseSubject(tokens, from, v) ?? clauseSubject(tokens, lo, v) ?? phrase
    // "issued a statement describing …": a phrase right after another word (a verb or a
    // preposition) is that word's object, not the participle's subject.
    const preceding = phrase ? tokens[phrase.from - 1] : undefined
    if (phrase && /ing$/.test(tokens[v]!.lower) && !phrase.pronoun && !phrase.appositive && preceding?.kind === 'word' && preceding.lower !== 'with') {
      phrase = clauseSubject(tokens, from, v) ?? clauseSubject(tokens, lo, v) ?? phrase
    }
    if (phrase && !startsWithConjunction(tokens, phrase)) return {phrase, cue: cueOf(tokens, v), place: 'before'}
    // Inverted: "But, said Solovey, “…”", "Said Ushakov: “…”".
    const opensClause = v === lo || tokens[v - 1]!.kind !== 'word' || ['and', 'but'].includes(tokens[v - 1]!.lower)
    const inverted = opensClause && !/ing$/.test(tokens[v]!.lower) ? phraseAfter(tokens, v + 1, end) : null
    if (inverted && ((colon && inverted.to + 1 === end) || (tokens[inverted.to + 1]!.text === ',' && inverted.to + 2 === end))) return {phrase: inverted, cue: cueOf(tokens, v), place: 'before'}
    // A participle with no subject in reach takes the clause's subject.
    if (/ing$/.test(tokens[v]!.lower)) {
      const subject = clauseSubject(tokens, from, v)
      if (subject) return {phrase: subject, cue: cueOf(tokens, v), place: 'before'}
    }
  }
  return according
}

/** A naming verb whose quote has just been passed no longer reaches the next quote. */
function namingAt(tokens: readonly FrameToken[], verbs: number[]): boolean {
  const last = verbs[verbs.length - 1]
  return last !== undefined && namingVerbs.has(reportingVerbs.get(tokens[last]!.lower) ?? '')
}

/** "While not everything Trump says is true, Jamieson said …": skip a leading subordinate clause. */
function leadingSubordinate(tokens: readonly FrameToken[], lo: number, end: number): number {
  let i = lo
  while (i < end && ['and', 'but', 'so'].includes(tokens[i]!.lower)) i++
  if (!subordinators.has(tokens[i]?.lower ?? '')) return lo
  for (let k = i + 1; k < end; k++) if (tokens[k]!.kind === 'punct' && tokens[k]!.text === ',') return k + 1
  return lo
}

/** "as the Americans told it," / "as he put it," — a side remark, not the quote's cue. */
function asParenthetical(tokens: readonly FrameToken[], v: number): boolean {
  const next = tokens[v + 1]
  // "as he puts it, “…”" is the quote's own cue.
  if (['put', 'puts'].includes(tokens[v]!.lower)) return false
  if (!next || !(next.text === ',' || next.lower === 'it')) return false
  for (let k = v - 1; k >= Math.max(0, v - 5); k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (t.lower === 'as') return true
  }
  return false
}

/** The subject at the head of a clause: after conjunctions and an opening phrase set off by a comma. */
export function clauseSubject(tokens: readonly FrameToken[], lo: number, v: number): NounPhrase | null {
  let i = lo
  while (i < v && ['and', 'but', 'so', 'yet', 'meanwhile', 'then'].includes(tokens[i]!.lower)) i++
  if (tokens[i]?.kind === 'punct') i++
  const first = tokens[i]
  if (first && first.kind === 'word' && ((!first.cap && !determiners.has(first.lower)) || phraseBreakers.has(first.lower) || /ly$/.test(first.lower))) {
    for (let k = i; k < v; k++) if (tokens[k]!.text === ',') { i = k + 1; break }
  }
  const phrase = phraseAfter(tokens, i, v)
  if (!phrase || phrase.to + 1 >= v) return null
  return phrase
}

/** "sensed the process could …": a short subject and an auxiliary, so a clause follows the verb. */
function clauseFollows(tokens: readonly FrameToken[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (k > i && complementAuxiliaries.has(t.lower)) return true
    // "found in 2014 that …"
    if (k > i && k - i <= 4 && t.lower === 'that') return true
  }
  return false
}

const complementAuxiliaries = new Set(['could', 'would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'should', 'might', 'must', 'can', 'may'])

function startsWithConjunction(tokens: readonly FrameToken[], phrase: NounPhrase): boolean {
  return ['and', 'but', 'or'].includes(tokens[phrase.from]!.lower)
}

function findAccording(tokens: readonly FrameToken[], lo: number, end: number): Attribution | null {
  for (let i = lo; i < end - 1; i++) {
    const t = tokens[i]!
    if ((t.lower === 'according' && tokens[i + 1]!.lower === 'to') || (t.lower === 'per' && tokens[i + 1]!.kind === 'word')) {
      const k = t.lower === 'per' ? i + 1 : i + 2
      const phrase = phraseAfter(tokens, k, end)
      if (phrase) return {phrase, cue: {start: t.start, end: tokens[k - 1]!.end, type: 'according-to'}, place: 'before'}
    }
  }
  return null
}

/** "scrapped by Trump as a “waste of time”": the agent of a passive with "as". */
function agent(tokens: readonly FrameToken[], q: number, lo: number): Attribution | null {
  for (let i = q - 1; i >= Math.max(lo, q - 5); i--) {
    if (tokens[i]!.lower !== 'as') continue
    for (let b = i - 1; b >= Math.max(lo, i - 5); b--) {
      if (tokens[b]!.lower !== 'by') continue
      const phrase = phraseAfter(tokens, b + 1, i)
      if (phrase && phrase.to === i - 1) return {phrase, cue: {start: tokens[b]!.start, end: tokens[b]!.end, type: 'verb'}, place: 'before'}
    }
  }
  return null
}

/** A parenthetical later in the sentence: ", the White House said," / ", according to X". */
function later(tokens: readonly FrameToken[], q: number, hi: number): Attribution | null {
  for (let i = q + 1; i <= hi; i++) {
    const t = tokens[i]!
    // “good thing” that yielded “frankly good information,” he remarked: the cue of
    // a later quote in the sentence covers this one too.
    if (t.kind === 'quote') return after(tokens, i, hi)
    if (t.kind !== 'punct' || t.text !== ',') continue
    const next = tokens[i + 1]
    if (next?.lower === 'according' && tokens[i + 2]?.lower === 'to') {
      const phrase = phraseAfter(tokens, i + 3, hi + 1)
      if (phrase) return {phrase, cue: {start: next.start, end: tokens[i + 2]!.end, type: 'according-to'}, place: 'later'}
    }
    // ", said the bureau's director, James B. Comey, on Monday."
    const inverted = verbAt(tokens, i + 1)
    if (inverted && !notAfter.has(inverted) && !namingVerbs.has(inverted)) {
      const subject = phraseAfter(tokens, i + 2, hi + 1)
      if (subject) return {phrase: subject, cue: cueOf(tokens, i + 1), place: 'later'}
    }
    const phrase = phraseAfter(tokens, i + 1, hi + 1)
    if (!phrase) continue
    let j = skipAside(tokens, phrase.to + 1)
    while (tokens[j]?.kind === 'word' && verbModifiers.has(tokens[j]!.lower)) j++
    const verb = verbAt(tokens, j)
    const closing = tokens[j + 1]
    if (verb && !notAfter.has(verb) && (j + 1 > hi || !closing || closing.kind !== 'word' || ['on', 'in', 'at', 'via', 'late', 'early', 'during'].includes(closing.lower))) {
      return {phrase, cue: cueOf(tokens, j), place: 'later'}
    }
  }
  return null
}
