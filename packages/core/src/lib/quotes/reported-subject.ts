import {attitudeVerbs} from './attitude-verbs.js'
import {determiners, pastForms, verbModifiers} from './function-words.js'
import type {FrameToken} from './frame.js'
import {phraseAfter, subjectBefore, type NounPhrase} from './noun-phrase.js'
import {opening} from './reported-content.js'
import {reportingVerbs} from './reporting-verbs.js'

// Who reports when the verb's subject is not right before it: a coordinated verb's subject, or one before a short aside.

/** Past forms that are not "-ed" ("Okafor went to the mill and said …"). */
const irregularPast: ReadonlySet<string> = new Set([...pastForms, 'spoke', 'struck', 'cut', 'hit', 'let', 'read', 'heard'])

/**
 * The subject of the clause whose verb comes before the "and" at `and`:
 * "Okafor thanked the crowd and said …" gives Okafor. The nearest finite verb
 * before it (at most 30 tokens back, within the sentence) with a subject of its own.
 */
export function coordinatedSubject(tokens: readonly FrameToken[], and: number, lo: number): NounPhrase | null {
  for (let k = and - 1; k >= Math.max(lo, and - 30); k--) {
    const w = tokens[k]!
    if (w.text === ';' || w.kind === 'end') return null
    if (w.kind !== 'word' || w.cap) continue
    if (!(/[^e]ed$|[^s]s$/.test(w.lower) || irregularPast.has(w.lower) || reportingVerbs.has(w.lower) || attitudeVerbs.has(w.lower))) continue
    const phrase = subjectBefore(tokens, k, lo)
    // "Okafor's campaign bought ads and announced …": a common noun subject when it opens the sentence.
    if (phrase && (phrase.pronoun || tokens[phrase.to]!.cap || phrase.antecedent !== undefined || phrase.from === opening(tokens, lo))) return phrase
  }
  return null
}

/** Words that open a relative clause, an aside that may hold a quotation. */
const relatives = new Set(['who', 'whose', 'which', 'whom'])

/** The subject before a short aside that ends at `close` (", then 38," or "— young and old —", or a quotation that closes a relative clause). */
export function asideSubject(tokens: readonly FrameToken[], close: number, lo: number): NounPhrase | null {
  // A quotation that ends with its own comma ("who called it “a mistake,” said") closes a comma aside.
  const quoteClose = tokens[close]!.kind === 'quote'
  const mark = tokens[close]!.text === ',' || quoteClose ? [','] : ['—', '–']
  // "Sen. Dana Okafor (D-Riv.), said": the phrase before the comma opens the sentence.
  if (mark[0] === ',' && !quoteClose) {
    const whole = subjectBefore(tokens, close, lo)
    if (whole && whole.from === opening(tokens, lo) && (whole.pronoun || tokens[whole.from]!.cap)) return whole
  }
  let quoted = false
  for (let k = close - 1; k >= Math.max(lo, close - 25); k--) {
    const t = tokens[k]!
    if (t.kind === 'end') return null
    // "Okafor, who called the plan “a mistake,” said": a quotation inside a relative clause.
    if (t.kind === 'quote') { quoted = true; continue }
    if (t.kind === 'punct' && mark.includes(t.text)) {
      if (quoted && !relatives.has(tokens[k + 1]?.lower ?? '')) return null
      const phrase = k - 1 >= lo ? subjectBefore(tokens, k, lo) : null
      if (phrase && (phrase.pronoun || tokens[phrase.to]!.cap || tokens[phrase.from]!.cap)) return {...phrase, appositive: true}
      // "Reyes, 41, a teacher from Marle, said": an age or a role is one more aside; read on back.
      if (mark[0] !== ',' || quoted || !asideStep(tokens, k, lo)) return null
    }
  }
  return null
}

/** Whether the words before the comma at `k` are themselves an aside set off by an earlier comma ("Reyes, 41,"). */
function asideStep(tokens: readonly FrameToken[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= Math.max(lo, k - 8); j--) {
    const t = tokens[j]!
    if (t.text === ',') return j > lo
    if (t.kind !== 'word') return false
  }
  return false
}

/** The most tokens back from a participle to the cue of the clause it hangs on. */
const cueReach = 16

/**
 * The source of a participle that follows a quote's cue: "“…,” she said at the
 * rally, referring to the mill" and "“…,” said Okafor, adding that …" give the
 * cue's speaker. Walks back from the comma at `comma` to the nearest speech verb
 * (no further than the sentence, a quotation or `cueReach` tokens) and reads its
 * subject, before it or, inverted, after it.
 */
export function cueSubject(tokens: readonly FrameToken[], comma: number, lo: number): NounPhrase | null {
  for (let k = comma - 1; k >= Math.max(lo, comma - cueReach); k--) {
    const t = tokens[k]!
    if (t.kind === 'quote' || t.kind === 'end' || t.text === ';') return null
    if (t.kind !== 'word' || t.cap || reportingVerbs.get(t.lower) === undefined || /ing$/.test(t.lower)) continue
    const before = tokens[k - 1]
    if (before && (before.kind === 'quote' || before.text === ',')) {
      const after = phraseAfter(tokens, k + 1, comma)
      return after && after.to === comma - 1 ? after : null
    }
    const phrase = subjectBefore(tokens, k, lo)
    return phrase && (phrase.pronoun || tokens[phrase.to]!.cap) ? phrase : null
  }
  return null
}

/** Forms of "be" before a progressive ("is backing", "has been saying"). */
const beForms = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'am'])

/**
 * "Reyes, the mayor of Marle, criticized …": the clause opens with its subject and an
 * appositive (its first word a determiner or a capital), so the comma before the verb
 * closes the appositive and the verb is no inverted "P, said Okafor".
 */
export function appositiveOpening(tokens: readonly FrameToken[], v: number, lo: number): boolean {
  const subject = subjectBefore(tokens, v, lo)
  if (!subject || !subject.appositive || subject.from !== opening(tokens, lo)) return false
  let k = subject.from
  while (k < v && tokens[k]!.text !== ',') k++
  const first = tokens[k + 1]
  return first !== undefined && first.kind === 'word' && (determiners.has(first.lower) || first.cap)
}

/** "Okafor is backing Reyes", "Lund has also been saying …": the subject before the progressive's "be". */
export function progressiveSubject(tokens: readonly FrameToken[], v: number, lo: number): NounPhrase | null {
  if (!/ing$/.test(tokens[v]!.lower)) return null
  let k = v - 1
  while (k > lo && tokens[k]!.kind === 'word' && verbModifiers.has(tokens[k]!.lower)) k--
  return k > lo && tokens[k]!.kind === 'word' && beForms.has(tokens[k]!.lower) ? subjectBefore(tokens, k, lo) : null
}
