import {phraseAfter, subjectBefore} from './noun-phrase.js'
import type {FrameToken} from './frame.js'
import type {Attribution} from './attribution.js'
import {clauseSubject} from './clause-subject.js'
import {isReportingVerbAt} from './verb-forms.js'

/** A reporting clause in a sentence without quotation marks, and the clause it reports. */
export interface SpeechEvent extends Attribution {
  /** Tokens of the reported content, inclusive; `null` when the verb takes no clause. */
  content: [number, number] | null
}

/** Forms of "be" before a progressive ("was saying"), whose subject is the verb's own. */
const progressive = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'am'])
const complementStarts = new Set(['that'])
const objectTakers = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'urge', 'brief'])
/** The most words a "…, X said." speaker spans ("the deputy minister of the interior Dana Okafor"). */
const speakerWords = 12

/**
 * The first reporting clause in tokens [lo, hi] (one sentence): "Dornik said
 * (that) …", "Horvasky told journalists that …", "according to X, …", "…, X
 * said." The content is the clause after the verb (after "that" or the person
 * told), or, for a cue at the end, the words before it.
 */
export function findSpeechEvent(tokens: readonly FrameToken[], lo: number, hi: number): SpeechEvent | null {
  return findSpeechEvents(tokens, lo, hi, 1)[0] ?? null
}

/**
 * Every reporting clause in tokens [lo, hi], outermost first, at most `limit`:
 * "Smith said Jones claimed …" gives Smith's report and, inside it, Jones's claim.
 */
export function findSpeechEvents(tokens: readonly FrameToken[], lo: number, hi: number, limit = 3): SpeechEvent[] {
  const events: SpeechEvent[] = []
  for (let v = lo; v <= hi && events.length < limit; v++) {
    const event = eventAt(tokens, v, lo, hi)
    if (event) events.push(event)
  }
  return events
}

function eventAt(tokens: readonly FrameToken[], v: number, lo: number, hi: number): SpeechEvent | null {
  const t = tokens[v]!
  if (t.kind === 'word' && t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
    const phrase = phraseAfter(tokens, v + 2, hi + 1)
    if (!phrase) return null
    const comma = tokens[phrase.to + 1]?.text === ',' ? phrase.to + 2 : -1
    const content: [number, number] | null = v === lo && comma > 0 && comma <= hi ? [comma, hi] : v > lo + 2 ? [lo, v - 2 >= lo && tokens[v - 1]!.text === ',' ? v - 2 : v - 1] : null
    return {phrase, cue: {start: t.start, end: tokens[v + 1]!.end, type: 'according-to'}, place: 'before', content}
  }
  const lemma = isReportingVerbAt(tokens, v)
  if (!lemma) return null
  let phrase = subjectBefore(tokens, v, lo)
  if (/ing$/.test(t.lower) && !progressive.has(tokens[v - 1]?.lower ?? '')) {
    // "issued statements Tuesday night saying …": a phrase right after another word is
    // that word's object (or a time); the participle's subject is the clause's.
    const preceding = phrase ? tokens[phrase.from - 1] : undefined
    if (!phrase || (!phrase.pronoun && !phrase.appositive && preceding?.kind === 'word' && !preceding.cap && preceding.lower !== 'with')) phrase = clauseSubject(tokens, lo, v) ?? phrase
  }
  if (phrase) {
    let c = v + 1
    if (tokens[c]?.kind === 'word' && ['out', 'on', 'back'].includes(tokens[c]!.lower) && tokens[c + 1]?.lower === 'that') c++
    if (objectTakers.has(lemma)) {
      // told journalists (that) …
      const object = phraseAfter(tokens, c, hi + 1)
      if (object) c = object.to + 1
    }
    if (tokens[c]?.kind === 'word' && complementStarts.has(tokens[c]!.lower)) c++
    // "…, the White House said." reports the words before it.
    if (c > hi && phrase.from - 1 > lo && tokens[phrase.from - 1]!.text === ',') {
      return {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'later', content: [lo, phrase.from - 2]}
    }
    const content: [number, number] | null = c <= hi && tokens[c]!.kind === 'word' ? [c, hi] : null
    return {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content}
  }
  // "…, X said." at the end of the sentence.
  if (v > lo + 3 && tokens[v - 1]?.kind === 'word') {
    // Back over the speaker's words only: a name or title is a few words, and a walk to
    // the sentence's start per verb was quadratic ("said said said …").
    let s = v - 1
    while (s > lo && v - s < speakerWords && tokens[s - 1]!.kind === 'word') s--
    if (tokens[s - 1]?.text === ',' && s - 1 > lo) {
      const after = phraseAfter(tokens, s, v)
      if (after && after.to === v - 1 && v + 1 > hi) return {phrase: after, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'later', content: [lo, s - 2]}
    }
  }
  return null
}
