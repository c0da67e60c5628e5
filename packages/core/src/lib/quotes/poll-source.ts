import type {FrameToken} from './frame.js'
import type {ReportedClause} from './reported-clause.js'
import {opening} from './reported-content.js'
import {reportingVerbs} from './reporting-verbs.js'

/** Nouns of a survey whose figures a clause reports ("leads by 12 points in the latest poll"). */
const pollNouns = new Set(['poll', 'polls', 'survey', 'surveys', 'polling'])

/** Words that may end the survey's phrase after its noun ("released Sunday", "conducted in May"). */
const tailWords = new Set(['released', 'published', 'conducted', 'taken', 'out', 'this', 'last', 'week', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'of', 'among', 'by', 'for', 'on', 'in'])

/** Words before the survey's noun besides names and figures ("the latest national poll"). */
const preWords = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'most', 'many', 'some', 'several', 'all', 'other', 'recent', 'latest', 'new', 'newest', 'national', 'state', 'statewide', 'early', 'public', 'opinion', 'exit', 'online', 'separate', 'similar', 'independent', 'internal', 'private', 'one', 'two', 'three', 'another', 'every', 'each'])

/** Words that open a subordinate or fronted clause: what follows is not the sentence's own report. */
const subordinators = new Set(['while', 'despite', 'depending', 'although', 'though', 'if', 'when', 'as', 'because', 'after', 'before', 'since', 'unless', 'whether', 'even'])

/** The most words of the survey's phrase ("a new Marle Star and Riverton College poll"). */
const phraseReach = 10

/**
 * "Reyes leads Adler by 12 points in the latest Marle poll", "Okafor is ahead in
 * most surveys": a clause whose figures a survey reports, with the survey after it.
 * The content is the clause up to "in", the source the survey's phrase. Not when the
 * clause has a speech verb of its own (that verb reports) or a quotation.
 */
export function pollSourceClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const start = opening(tokens, lo)
  if (tokens[v]!.lower !== 'in' || v - start < 3) return null
  let noun = -1
  let k = v + 1
  for (; k <= hi && k - v <= phraseReach && tokens[k]!.kind === 'word'; k++) {
    const w = tokens[k]!
    if (pollNouns.has(w.lower)) noun = k
    else if (noun < 0 && !w.cap && !/^\d|-/.test(w.text) && !preWords.has(w.lower)) return null
    else if (noun >= 0 && !tailWords.has(tokens[k]!.lower) && !tokens[k]!.cap && !/^\d/.test(tokens[k]!.text)) break
  }
  if (noun < 0) return null
  // The phrase ends the sentence or its clause: "in the poll, which …" ends at the comma.
  const after = tokens[k]
  if (after && after.kind === 'word') return null
  if (subordinators.has(tokens[start]!.lower)) return null
  for (let i = start; i < v; i++) {
    const w = tokens[i]!
    // "Reyes, who leads in the polls, …": a relative clause, not the sentence's report.
    if (w.kind === 'word' && ['who', 'which', 'that', 'whom'].includes(w.lower)) return null
    // "by nine points": a counted noun is no verb.
    const counted = i > start && /^\d|^(?:two|three|four|five|six|seven|eight|nine|ten|few|several|many)$/.test(tokens[i - 1]!.lower)
    if (w.kind === 'quote' || (w.kind === 'word' && !w.cap && !counted && reportingVerbs.has(w.lower))) return null
  }
  let end = v - 1
  while (end > start && tokens[end]!.kind !== 'word') end--
  const first = tokens[v + 1]!
  const last = tokens[k - 1]!
  const phrase = {from: v + 1, to: k - 1, start: first.start, end: last.end, pronoun: false, appositive: false}
  const t = tokens[v]!
  return {phrase, cue: {start: t.start, end: t.end, type: 'according-to'}, place: 'later', content: [start, end], lemma: null}
}
