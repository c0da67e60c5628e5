import {titleHeads} from '../entities/titles.js'
import type {FrameToken} from './frame.js'
import {determiners, phraseBreakers, subjectPronouns, verbModifiers} from './function-words.js'
import {phraseAfter, type NounPhrase} from './noun-phrase.js'
import {namingVerbs, notAfter, phrasalCues, verbParticles, weakReportingVerbs} from './reporting-verbs.js'
import {cueOf, sentenceWindow, skipAside, type Attribution} from './attribution.js'
import {isPassive, verbAt} from './verb-forms.js'
import {withAppositiveName} from './appositive-name.js'
import {collectivePeople} from './phrase-words.js'
import {documentNouns} from './document-source.js'

/**
 * Cues right after a quote: `“…,” Marinov said`, `said Marinov`, `“…” —Name`,
 * `“…?” Marle went on`.
 */
export function cueAfter(tokens: readonly FrameToken[], q: number, hi: number): Attribution | null {
  // Nothing after the quote, or another quote right after it (past a comma at most):
  // every rule below needs a word or a dash there, so none finds a cue. Said first, as
  // a run of quotes asks this of each quote in turn for every quote before it (`cueLater`).
  const following = tokens[q + 1]
  if (following === undefined || following.kind === 'quote' || (following.text === ',' && following.kind === 'punct' && (tokens[q + 2] === undefined || tokens[q + 2]!.kind === 'quote'))) return null
  // A quote that ends with a period ended its sentence: what follows is not its cue
  // (a quote followed by its cue ends with a comma, ? or !).
  const dash = dashSignature(tokens, q)
  if (dash) return dash
  // A quote that trails off (“… troubled…” he said) goes on into a lower-case cue.
  const trails = /(?:…|\.\.\.)\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text) && tokens[q + 1]?.kind === 'word' && !tokens[q + 1]!.cap
  const stopped = !trails && /[.…]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text) && !/\p{Lu}\.\s*["'“”‘’«»]?\s*$/u.test(tokens[q]!.text)
  if (stopped) return shortCue(tokens, q)
  let i = q + 1
  // “…!” She replied …: a capitalised pronoun after a question or exclamation opens a new sentence.
  const next = tokens[i]
  if (next && next.kind === 'word' && next.cap && (subjectPronouns.has(next.lower) || determiners.has(next.lower)) && /[?!]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text)) return null
  const limit = Math.max(hi, Math.min(tokens.length - 1, q + 14))
  if (tokens[i]?.kind === 'punct' && tokens[i]!.text === ',') i++
  const t = tokens[i]
  if (!t) return null
  // "Vale, star of television’s “Harbor Lights,” thanked Okafor": a title inside the
  // subject's appositive; the verb after it is the subject's.
  const titled = appositiveTitle(tokens, q)
  if (titled && verbAt(tokens, i)) return {phrase: titled, cue: cueOf(tokens, i), place: 'before'}
  // Inverted: said Marinov / said a spokesman for the campaign.
  // “…,” read a statement from …: "read" before a determiner is the past tense, not the noun.
  const lemma = verbAt(tokens, i) ?? (t.kind === 'word' && !t.cap && t.lower === 'read' && determiners.has(tokens[i + 1]?.lower ?? '') ? 'read' : null)
  // "“spontaneous” protests rather than …": a present-tense form right after a quote with
  // no comma or mark of its own is a noun the quote modifies, not an inverted cue.
  const bare = i === q + 1 && !/[,?!]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text) && /s$/.test(tokens[i]!.lower) && tokens[i]!.lower !== 'says'
  if (lemma && !bare && !notAfter.has(lemma) && !namingVerbs.has(lemma) && !/ing$/.test(tokens[i]!.lower)) {
    let k = i + 1
    if (tokens[k]?.kind === 'word' && verbParticles.has(tokens[k]!.lower)) k++
    const phrase = phraseAfter(tokens, k, limit + 1)
    // "Marek, citing “…,” argued the routes should stay": a finite verb after the phrase makes it a clause's subject, not the cue's.
    if (phrase && !clauseVerbs.has(tokens[phrase.to + 1]?.lower ?? '')) return {phrase: withAppositiveName(tokens, phrase, limit), cue: cueOf(tokens, i), place: 'after'}
  }
  if (t.kind === 'word' && t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const phrase = phraseAfter(tokens, i + 2, tokens.length)
    if (phrase) return {phrase, cue: {start: t.start, end: tokens[i + 1]!.end, type: 'according-to'}, place: 'after'}
  }
  // Subject then verb: “…,” the American president added. The subject is a name, a
  // pronoun, a phrase with a determiner, or a plural ("officials said", "police said"), never "giving states".
  let phrase = phraseAfter(tokens, i, limit + 1)
  if (!phrase) return null
  // The head is read before any place phrase: "staff at the hospital said" is headed by "staff".
  const last = tokens[phrase.to]!
  // “…,” a woman in the crowd shouted / a man at the rally said: over a short place phrase to the verb.
  const link = tokens[phrase.to + 1]
  if (link?.kind === 'word' && placeLinks.has(link.lower)) {
    const place = phraseAfter(tokens, phrase.to + 2, limit + 1)
    if (place && place.to - place.from < 4 && verbAt(tokens, place.to + 1) && !subjectPronouns.has(tokens[place.from]!.lower)) phrase = {...phrase, to: place.to, end: place.end}
  }
  const head = tokens[phrase.from]!
  const named = tokens.slice(phrase.from, phrase.to + 1).some((t) => t.cap)
  if (!(named || phrase.pronoun || determiners.has(head.lower) || /[^s]s$/.test(last.lower) || collectivePeople.has(last.lower) || titleHeads.has(last.lower))) return null
  let j = skipAside(tokens, phrase.to + 1)
  // “…,” another friend, Lena Ortiz told the Ledger: a description, then the name it
  // describes with no closing comma; the name speaks.
  if (j === phrase.to + 1 && tokens[j]?.text === ',' && !tokens[phrase.to]!.cap) {
    const name = phraseAfter(tokens, j + 1, limit + 1)
    if (name && !name.pronoun && tokens[name.from]!.cap && verbAt(tokens, name.to + 1)) {
      phrase = {...phrase, to: name.to, end: name.end, appositive: true}
      j = name.to + 1
    }
  }
  while (tokens[j]?.kind === 'word' && verbModifiers.has(tokens[j]!.lower)) j++
  // “…?” Marle went on / shot back / chimed in.
  if (phrasalCue(tokens, j)) return {phrase, cue: {start: tokens[j]!.start, end: tokens[j + 1]!.end, type: 'verb'}, place: 'after'}
  // “…?” the mayor planned to ask / wants to know: a verb that takes "to" and a reporting verb.
  if (!verbAt(tokens, j) && catenative(tokens, j)) j += 2
  const verb = verbAt(tokens, j)
  // “Why now?” Mills then writes back, “You look cute.”: after a question, a cue that
  // leads into the next quote is that quote's.
  const leadsOn = (tokens[j + 1]?.text === ',' || tokens[j + 1]?.text === ':') && tokens[j + 2]?.kind === 'quote' ||
    (tokens[j + 1]?.kind === 'word' && verbParticles.has(tokens[j + 1]!.lower) && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.text === ':') && tokens[j + 3]?.kind === 'quote')
  if (leadsOn && /[?!]\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text)) return null
  // "After Marek said … “smaller buses,” Adler said: “…”": a colon points the cue forward.
  if (tokens[j + 1]?.text === ':' && tokens[j + 2]?.kind === 'quote') return null
  // "“What was the point?” Okafor questioned.": after a question, a verb of asking that ends the sentence.
  const asks = verb === 'question' && /\?\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text) && (tokens[j + 1] === undefined || tokens[j + 1]!.kind === 'end')
  if (verb && (!notAfter.has(verb) || asks) && !namingVerbs.has(verb) && !isPassive(tokens, j)) return {phrase: {...phrase, appositive: j > phrase.to + 1 && tokens[phrase.to + 1]!.text === ','}, cue: cueOf(tokens, j), place: 'after'}
  // "…,” a study by an influential sociologist, Mikhail Dorotin, concluded": a document's author link makes it long.
  return named || documentNouns.has(last.lower) ? longSubject(tokens, phrase, limit) : null
}

/**
 * “…,” experts Jane Doe and John Roe of the Institute for Policy wrote: a subject too
 * long for one noun phrase (coordinated names, "of" phrases, a relative clause in an
 * appositive) still ends at the first finite reporting verb, if nothing but words and
 * commas stand between.
 */
function longSubject(tokens: readonly FrameToken[], phrase: NounPhrase, limit: number): Attribution | null {
  for (let k = phrase.to + 1; k <= Math.min(limit + 6, phrase.to + 18) && k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' && t.text !== ',' && t.text !== '(' && t.text !== ')') return null
    if (t.kind !== 'word' || t.cap) continue
    const verb = verbAt(tokens, k)
    if (!verb) continue
    // A weak verb ("concluded", "found") reports only for a document ("…,” a study by … concluded").
    if (/ing$/.test(t.lower) || notAfter.has(verb) || namingVerbs.has(verb) || isPassive(tokens, k) || (weakReportingVerbs.has(verb) && !documentNouns.has(tokens[phrase.to]!.lower))) return null
    let end = k - 1
    while (end > phrase.to && tokens[end]!.kind === 'word' && verbModifiers.has(tokens[end]!.lower)) end--
    // "…“attacked” Olsen, and said he …": a verb after a conjunction goes with the clause
    // before the quote; the name after the quote is that clause's object, not a subject.
    if (coordinators.has(tokens[end]!.lower)) return null
    if (tokens[end]!.kind !== 'word') end--
    const appositive = tokens.slice(phrase.to + 1, end + 1).some((u) => u.text === ',')
    return {phrase: {...phrase, to: end, end: tokens[end]!.end, appositive}, cue: cueOf(tokens, k), place: 'after'}
  }
  return null
}

/** Conjunctions that join a second verb to the clause before ("…, and said"). */
const coordinators = new Set(['and', 'or', 'but', 'then'])

/** Auxiliaries and modals that open the clause after "said the candidate …". */
const clauseVerbs = new Set(['could', 'would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'should', 'might', 'may', 'can', 'must', 'did', 'does', 'do', 'wanted', 'needed'])

/** Prepositions of place between a speaker and the verb after a quote ("a man at the rally said"). */
const placeLinks = new Set(['in', 'at', 'from', 'outside', 'inside', 'near'])

/**
 * After a quote that ends with a period, only a whole short sentence of cue
 * (“…” Marle said.) still attributes it: writers who end a quote with a period and
 * then name the speaker do so in a sentence of nothing else.
 */
function shortCue(tokens: readonly FrameToken[], q: number): Attribution | null {
  const phrase = phraseAfter(tokens, q + 1, Math.min(tokens.length, q + 8))
  if (!phrase || !tokens[phrase.from]!.cap) return null
  let j = phrase.to + 1
  while (tokens[j]?.kind === 'word' && verbModifiers.has(tokens[j]!.lower)) j++
  // “…” Okafor shot back.
  if (phrasalCue(tokens, j) && (tokens[j + 2] === undefined || tokens[j + 2]!.kind === 'end')) return {phrase, cue: {start: tokens[j]!.start, end: tokens[j + 1]!.end, type: 'verb'}, place: 'after'}
  const verb = verbAt(tokens, j)
  const next = tokens[j + 1]
  if (!verb || notAfter.has(verb) || namingVerbs.has(verb) || (next !== undefined && next.kind !== 'end')) return null
  return {phrase, cue: cueOf(tokens, j), place: 'after'}
}

/** “…” —Name, or “…” - Name, Title: a signature after the quote. */
function dashSignature(tokens: readonly FrameToken[], q: number): Attribution | null {
  const t = tokens[q + 1]
  if (!t || t.kind !== 'punct' || !/^[―—–-]/.test(t.text) || !tokens[q + 2]?.cap) return null
  const phrase = phraseAfter(tokens, q + 2, tokens.length)
  const next = phrase ? tokens[phrase.to + 1] : undefined
  if (!phrase || !(!next || next.kind === 'end' || next.text === ',' || next.text === '(')) return null
  // "Reyes said the vote was “close.” —Sara Lund": a sentence with its own reporting verb
  // before the quote is signed by its writer, not spoken by the signer.
  const [lo] = sentenceWindow(tokens, q)
  for (let k = lo; k < q; k++) if (tokens[k]!.kind === 'word' && verbAt(tokens, k) && !isPassive(tokens, k)) return null
  return {phrase, cue: {start: t.start, end: t.end, type: 'dash'}, place: 'after'}
}

function phrasalCue(tokens: readonly FrameToken[], j: number): boolean {
  const verb = tokens[j]
  const particle = tokens[j + 1]
  return verb?.kind === 'word' && particle?.kind === 'word' && phrasalCues.get(verb.lower) === particle.lower
}

/** "planned to ask", "wants to know": a lower-case finite verb, then "to" and a reporting verb. */
function catenative(tokens: readonly FrameToken[], j: number): boolean {
  const t = tokens[j]
  return t?.kind === 'word' && !t.cap && /(?:ed|[^su]s)$/.test(t.lower) && tokens[j + 1]?.lower === 'to' && verbAt(tokens, j + 2) !== null
}

/**
 * The name that opens a sentence when the quote at `q` closes its appositive
 * ("Vale, star of television’s “Harbor Lights,”"): a capitalised phrase, a comma, then
 * lower-case words with no verb up to the quote, which ends in a comma.
 */
function appositiveTitle(tokens: readonly FrameToken[], q: number): NounPhrase | null {
  if (!/,\s*["'“”‘’«»]?\s*$/.test(tokens[q]!.text) || tokens[q - 1]?.kind !== 'word') return null
  const [lo] = sentenceWindow(tokens, q)
  const phrase = phraseAfter(tokens, lo, q)
  if (!phrase || phrase.pronoun || !tokens[phrase.to]!.cap || tokens[phrase.to + 1]?.text !== ',') return null
  for (let k = phrase.to + 2; k < q; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || verbAt(tokens, k) || /ed$/.test(t.lower) || phraseBreakers.has(t.lower) && !['of', 'for', 'at', 'in'].includes(t.lower)) return null
  }
  return phrase
}
