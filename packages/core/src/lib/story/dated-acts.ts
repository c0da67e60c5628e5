import {reportingVerbs} from '../claims/reporting-verbs.js'
import {looksPast, pastForms} from '../quotes/function-words.js'
import {atDayEnd, eventDayKey} from './event-day-keys.js'
import {clauseWords, eventKindOf} from './event-words.js'
import {determiners, tokensOfText, type Token} from './event-mentions.js'
import {stemOf} from './stem-of.js'
import type {StoryClaim} from './types.js'

/** One act a sentence dates: who did what to what, and on which day ("Hale signed the trade decree on May 4"). */
export interface DatedAct {
  claim: StoryClaim
  /** Actor, verb and the object's head, each as a stem ("hale|sign|decree"); a passive has no actor ("|fir|vale"). */
  key: string
  /** The day (see `eventDayKey`). */
  day: string
  /** Whether the day is given at its end ("midnight May 3", "late Thursday"). */
  atEnd: boolean
  /** The words from the actor to the date, as written. */
  text: string
  /** Stems of the object's words, and of those among them that are names. */
  object: readonly string[]
  names: readonly string[]
}

/**
 * Whether two acts of one key can be one act: their objects share two stems and the
 * same names ("won the Ardent primary" is not "won the Varik primary").
 */
export function sameAct(a: Pick<DatedAct, 'names' | 'object'>, b: Pick<DatedAct, 'names' | 'object'>): boolean {
  if (a.names.length !== b.names.length || a.names.some((name) => !b.names.includes(name))) return false
  return a.object.filter((stem) => b.object.includes(stem)).length >= Math.min(2, a.object.length, b.object.length)
}

/**
 * The acts a sentence dates with a past-tense verb, its object and a day right after
 * them: "Hale signed the trade decree on May 4", "the port authority closed the ferry
 * terminal at midnight Sunday", "Former aide Vale was fired Friday". Only a date that follows the verb in one stretch of words (no comma,
 * no clause word, at most `objectReach` words between) and is given as a day ("on
 * May 4", "Friday", "at midnight May 3") dates the act; "by Friday" or "since May 3"
 * are deadlines and starts, not the act's day. Verbs of saying are left out: a person
 * says things on many days. A negated, modal or hedged act is no act.
 */
export function datedActs(claim: StoryClaim): DatedAct[] {
  if (claim.stance === 'hedged' || claim.stance === 'denied' || claim.dates.length === 0) return []
  // Most dates are no day ("in March", "last year"): their sentences are not read.
  const days = claim.dates.map(eventDayKey)
  if (days.every((day) => day === null)) return []
  const tokens = tokensOfText(claim.text)
  const acts: DatedAct[] = []
  for (const [index, date] of claim.dates.entries()) {
    const day = days[index]
    if (day === null || day === undefined) continue
    const at = claim.text.indexOf(date.text)
    if (at < 0) continue
    const first = tokens.findIndex((token) => token.start >= at)
    if (first <= 0) continue
    // The word before the date: "on", "at" (a moment of the day) or none.
    const end = dayPrepositions.has(tokens[first]!.lower) || !dayPrepositions.has(tokens[first - 1]!.lower) ? first : first - 1
    if (tokens[end]!.boundaryBefore || end === 0) continue
    const verb = verbBefore(tokens, end)
    if (verb < 0) continue
    const act = actOf(claim.text, tokens, verb, end)
    if (!act) continue
    acts.push({claim, ...act, day, atEnd: atDayEnd(date), text: claim.text.slice(tokens[actorStart(tokens, verb)]!.start, at + date.text.length)})
  }
  return acts
}

/** Words at most between a verb and the date that dates it ("signed the new trade decree on"). */
const objectReach = 6
/** Prepositions that give the day an act happened on ("on May 4", "at midnight"). */
const dayPrepositions: ReadonlySet<string> = new Set(['on', 'at'])
/** Verbs whose past form says little of which act it was, or that report speech. */
const lightVerbs: ReadonlySet<string> = new Set(['had', 'did', 'was', 'were', 'made', 'got', 'went', 'came', 'put', 'set', 'kept', 'took', 'gave',
  'thought', 'felt', 'saw', 'knew', 'used', 'needed', 'wanted', 'tried', 'asked', 'spoke', 'talked', 'appeared', 'seemed', 'happened', 'occurred', 'continued', 'remained', 'started'])
/** Words that make an act not happen, or not yet: "did not sign", "would have signed". */
const notActs: ReadonlySet<string> = new Set(['not', 'never', "didn't", 'didn’t', 'would', 'could', 'should', 'might', 'may', 'must', 'will', 'if', 'whether', 'to'])
/** Words that may stand between an actor and its verb ("Hale also signed", "Hale formally signed"). */
const verbFillers: ReadonlySet<string> = new Set(['also', 'first', 'formally', 'officially', 'finally', 'quietly', 'publicly', 'then', 'later', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'been'])
const passive: ReadonlySet<string> = new Set(['was', 'were', 'been', 'is', 'are', 'be'])

/** Whether a word is a past-tense (or participle) form of an act: "signed", "began". */
function isPastVerb(token: Token): boolean {
  if (reportingVerbs.has(token.lower) || lightVerbs.has(token.lower) || eventKindOf.has(token.lower)) return false
  return token.lower.length > 4 ? looksPast(token.lower) : pastForms.has(token.lower)
}

/** The verb whose object runs up to `end` (the date's first word), or -1. */
function verbBefore(tokens: readonly Token[], end: number): number {
  for (let i = end - 1; i >= 0 && end - i <= objectReach + 1; i--) {
    const token = tokens[i]!
    if (isPastVerb(token)) {
      // "the alleged attack", "a signed copy": a past form after a determiner is an adjective.
      if (i > 0 && determiners.has(tokens[i - 1]!.lower)) return -1
      return i
    }
    if (tokens[i + 1]?.boundaryBefore && i + 1 < end) return -1
    if (token.boundaryBefore || clauseWords.has(token.lower) || reportingVerbs.has(token.lower) || /^\d/.test(token.lower)) return -1
  }
  return -1
}

/** Where the actor of the verb at `verb` starts (the verb itself when none is found). */
function actorStart(tokens: readonly Token[], verb: number): number {
  let i = verb - 1
  while (i >= 0 && verbFillers.has(tokens[i]!.lower) && !tokens[i + 1]!.boundaryBefore) i--
  return i >= 0 && !tokens[i + 1]!.boundaryBefore && !clauseWords.has(tokens[i]!.lower) ? i : verb
}

/**
 * The act's key, "actor|verb|object", or null when it is negated or modal, or says too
 * little to be one act: an active verb needs its actor and an object of two words or a
 * name ("signed the trade decree", "endorsed Vale"; not "won the race", which many races
 * are); a passive needs a named subject ("aide Vale was fired"), not one that only opens
 * the sentence with a capital ("Documents were released").
 */
function actOf(text: string, tokens: readonly Token[], verb: number, end: number): {key: string, object: string[], names: string[]} | null {
  for (let i = Math.max(0, verb - 3); i < verb; i++) if (notActs.has(tokens[i]!.lower)) return null
  const actorAt = actorStart(tokens, verb)
  if (actorAt === verb || !opensSubject(tokens, actorAt)) return null
  const head = tokens[actorAt]!
  if (pronouns.has(head.lower) || determiners.has(head.lower) || /^\d/.test(head.lower)) return null
  const named = (token: Token) => /^\p{Lu}/u.test(text.slice(token.start, token.end))
  const isPassive = tokens.slice(Math.max(0, verb - 2), verb).some((token) => passive.has(token.lower))
  // The object: the words between the verb and the date, with no preposition among them.
  const object: Token[] = []
  for (let i = verb + 1; i < end; i++) {
    const word = tokens[i]!.lower
    if (determiners.has(word)) continue
    // "led the agency through the May 3 crisis", "planned to speak on Friday": the day is another phrase's.
    // "began making the pitch on Monday": the act is the verb after it.
    if (prepositions.has(word) || pronouns.has(word) || /^\d/.test(word) || (i === verb + 1 && /ing$/.test(word))) return null
    object.push(tokens[i]!)
  }
  const act = stemOf(tokens[verb]!.key)
  // A passive's subject is its object: "the decree was signed" is "signed the decree".
  if (isPassive) return object.length === 0 && actorAt > 0 && named(head) ? {key: `|${act}|${stemOf(head.key)}`, object: [stemOf(head.key)], names: [stemOf(head.key)]} : null
  if (object.length < 2 && !object.some(named)) return null
  const stems = object.map((token) => stemOf(token.key))
  return {key: `${stemOf(head.key)}|${act}|${stems[stems.length - 1]}`, object: stems, names: object.filter(named).map((token) => stemOf(token.key))}
}

const pronouns: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'him', 'her', 'them', 'us', 'me'])
const prepositions: ReadonlySet<string> = new Set(['of', 'to', 'for', 'with', 'in', 'into', 'from', 'by', 'about', 'over', 'under', 'after', 'before', 'against', 'at', 'on', 'through', 'during', 'until', 'since', 'as', 'out', 'up', 'down', 'off', 'toward', 'towards', 'across', 'around', 'between', 'without'])

/** Words at most in a subject before its head ("the Justice Department", "the federal court"). */
const subjectReach = 3

/**
 * Whether the word at `head` ends a phrase that opens a clause, so is its subject:
 * "the Justice Department relented", not "encounters with President Vale were
 * released" (the subject is "encounters", further left) nor "memos of the agency".
 */
function opensSubject(tokens: readonly Token[], head: number): boolean {
  let start = head
  while (start > 0 && head - start < subjectReach && !tokens[start]!.boundaryBefore) {
    const before = tokens[start - 1]!.lower
    if (prepositions.has(before) || clauseWords.has(before) || determiners.has(before) || isPastVerb(tokens[start - 1]!) || /^\d/.test(before)) break
    start--
  }
  if (start === 0 || tokens[start]!.boundaryBefore) return true
  const before = tokens[start - 1]!.lower
  if (clauseWords.has(before)) return true
  const earlier = tokens[start - 2]?.lower ?? ''
  return determiners.has(before) && (start < 2 || tokens[start - 1]!.boundaryBefore || !prepositions.has(earlier) || clauseWords.has(earlier))
}
