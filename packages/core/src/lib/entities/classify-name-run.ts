import {notNames} from './common-words.js'
import type {NameRun} from './find-name-runs.js'
import {endsInBusinessWord} from './business-words.js'
import {eventHeads} from './name-event-words.js'
import {knownBodies, orgWords} from './org-words.js'
import {countryByWord, demonyms, placeNames, placeSuffixes} from './places.js'
import {partyLabels, titleHeads, titleModifiers} from './titles.js'
import type {Tok} from './word-tokens.js'
import {isFrequentWord} from '../frequent-words.js'

/** Words after a name that show it is a subject. */
const verbLike = new Set(['was', 'is', 'has', 'had', 'will', 'would', 'said', 'says', 'told', 'tells', 'can', 'could', 'did', 'does', 'also', 'then', 'stood', 'spoke', 'wrote', 'met', 'added', 'called', 'warned', 'accused', 'insisted'])

/** The lower-case words of `run` from `a` on, joined by spaces. */
function lowerJoined(run: readonly Tok[], a: number): string {
  let out = run[a]!.lower
  for (let k = a + 1; k < run.length; k++) out += ' ' + run[k]!.lower
  return out
}

/** Read a capitalised run as a name: leading non-names and its title split off, its kind guessed from word lists; null when no name is left. */
export function classify(text: string, run: Tok[], before: Tok[], sentenceStart: boolean, next: Tok | null): NameRun | null {
  // Leading words that are not names ("The", "But", "Monday").
  let a = 0
  while (a < run.length && notNames.has(run[a]!.lower) && !placeNames.has(lowerJoined(run, a))) a++
  let words = run.slice(a)
  if (words.length === 0) return null
  // Title: everything up to the last title head that still leaves a name after it.
  let t = -1
  for (let w = 0; w < words.length - 1; w++) if (titleLike(words[w]!.lower) && !words[w]!.possessive) t = w
  const titleToks = [...before, ...(t >= 0 ? words.slice(0, t + 1) : [])]
  if (t >= 0) {
    // "Secretary of State Mateo Quill", "Chief of the General Staff Grigor Varnov".
    let n = t + 1
    while (n < words.length - 1 && (['of', 'the', 'for'].includes(words[n]!.lower) || titleModifiers.has(words[n]!.lower) || orgWords.has(words[n]!.lower))) n++
    titleToks.push(...words.slice(t + 1, n))
    words = words.slice(n)
  }
  // A run that is only the front of a title ("Russian Presidential" aide …) or a plural ("Presidents").
  if (next && !next.cap && titleHeads.has(next.lower)) return null
  if (words.length === 1 && /s$/.test(words[0]!.lower) && titleHeads.has(words[0]!.lower.slice(0, -1))) return null
  if (words.some((w) => w.text.includes('-') && /-\p{Ll}/u.test(w.text))) return null // "US-led", "Kremlin-backed"
  if (demonyms.has(words[words.length - 1]!.lower) && words.length > 1) return null
  // Drop trailing non-name words ("Marle Monday").
  while (words.length > 1 && notNames.has(words[words.length - 1]!.lower)) words = words.slice(0, -1)
  if (words.length === 0 || words.every((w) => notNames.has(w.lower))) return null
  if (words.length === 1 && words[0]!.text.includes('-') && /\p{Lu}.*-\p{Lu}/u.test(words[0]!.text)) return null // "Marle-Varik"
  const first = words[0]!
  const last = words[words.length - 1]!
  const name = text.slice(first.start, last.end)
  const lower = words.map((w) => w.lower)
  const joined = lower.join(' ')
  let kind: NameRun['kind']
  const acronym = words.length === 1 && /^[A-Z]{2,6}$/.test(first.text)
  if (placeNames.has(joined) || placeSuffixes.has(lower[lower.length - 1]!) || (next !== null && placeSuffixes.has(next.lower)) || (words.length === 1 && countryByWord.has(joined) && !demonyms.has(joined))) kind = 'place'
  else if (knownBodies.has(joined) || lower.some((w) => orgWords.has(w)) || endsInBusinessWord(lower) || acronym) kind = 'organization'
  else if (demonyms.has(joined) || (words.length === 1 && partyLabels.has(joined))) return null
  // "Republican National Convention": a gathering, no one's name.
  else if (words.length >= 2 && eventHeads.has(lower[lower.length - 1]!)) return null
  else if (titleToks.length > 0 || words.length >= 2) kind = 'person'
  else kind = 'unknown'
  const title = titleToks.length > 0 ? {start: titleToks[0]!.start, end: titleToks[titleToks.length - 1]!.end, text: text.slice(titleToks[0]!.start, titleToks[titleToks.length - 1]!.end)} : null
  return {start: first.start, end: last.end, text: name, kind, title, words: words.map((w) => ({start: w.start, end: w.end, text: w.text})),
    possessive: last.possessive, sentenceStart: sentenceStart && a === 0 && t < 0,
    plural: words.length === 1 && kind === 'unknown' && /[^s']s$/.test(first.text) && !first.possessive,
    verbAfter: next !== null && !next.cap && (verbLike.has(next.lower) || /[^e]ed$/.test(next.lower) || (/[^su]s$/.test(next.lower) && !modifiesPlural(words, sentenceStart)))}
}

/** A title head, also hyphenated ("Speaker-to-be", "then-Sen.", "ex-President") or plural before a name ("Senators Ada Roe and …", "Sens.", "Congressmen"). */
function titleLike(lower: string): boolean {
  if (titleHeads.has(lower) || titleHeads.has(singularTitle(lower))) return true
  const parts = lower.split('-')
  return parts.length > 1 && (titleHeads.has(parts[0]!) || (['then', 'ex', 'former'].includes(parts[0]!) && titleHeads.has(parts.slice(1).join('-'))))
}

/** "senators" → "senator", "sens." → "sen.", "congressmen" → "congressman"; other words as they are. */
function singularTitle(lower: string): string {
  if (lower.endsWith('men')) return lower.slice(0, -3) + 'man'
  if (lower.endsWith('s.')) return lower.slice(0, -2) + '.'
  return lower.endsWith('s') ? lower.slice(0, -1) : lower
}

/**
 * "New surveys suggest", "Young voters say": a lone word opening the sentence that is
 * one of the most frequent English words modifies the plural after it, which is no verb.
 */
function modifiesPlural(words: readonly Tok[], sentenceStart: boolean): boolean {
  return sentenceStart && words.length === 1 && isFrequentWord(words[0]!.lower)
}
