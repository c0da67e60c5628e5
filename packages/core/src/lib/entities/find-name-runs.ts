import type {Span} from '../types.js'
import {charSizeAt, isLetterOrDigitAt, wordEndAt} from '../word-scan.js'
import {notNames} from './common-words.js'
import {knownBodies, orgWords} from './org-words.js'
import {countryByWord, demonyms, placeNames, placeSuffixes, stateNames} from './places.js'
import {partyLabels, titleHeads, titleModifiers} from './titles.js'

/** A capitalised run read as a name, with the title words before it. */
export interface NameRun extends Span {
  text: string
  /** Best guess from the words alone; `unknown` for a lone word with no clue. */
  kind: 'person' | 'organization' | 'place' | 'unknown'
  title: (Span & {text: string}) | null
  /** The words of the name (offsets into the text). */
  words: Array<Span & {text: string}>
  possessive: boolean
  /** The run opens a sentence, so its capital proves nothing. */
  sentenceStart: boolean
  /** A verb-like word follows ("Horvasky dismissed", "Marle was"): a clue that the run is a subject. */
  verbAfter: boolean
  /** A lone word that may be a plural ("Falconets") as much as a surname ("Hollins"). */
  plural?: boolean
  /** Found in a heading, where every word is capitalised. */
  heading?: boolean
}

/** A role noun ("the American president") with the country it names, if any. */
export interface RoleRun extends Span {
  text: string
  /** The title head, lower case ("president"). */
  head: string
  /** Canonical country of a nationality word in it ("United States"), if any. */
  country: string | null
}

interface Tok extends Span {
  text: string
  lower: string
  cap: boolean
  possessive: boolean
  /** Punctuation (other than spaces) between the previous token and this one. */
  gapBefore: string
}

const abbreviation = /^(?:[A-Za-z]\.){2,}$|^[A-Z]\.$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|Ft|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Vol|vs)\.$/
/** Lower-case words inside names ("Helena von der Halde", "Omar bin Tarek"). */
export const particles: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'zu'])
/** Prepositions after which a lone capitalised word is a place. */
const placePrepositions = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'toward', 'towards', 'into'])

/** Words after a name that show it is a subject. */
const verbLike = new Set(['was', 'is', 'has', 'had', 'will', 'would', 'said', 'says', 'told', 'tells', 'can', 'could', 'did', 'does', 'also', 'then', 'stood', 'spoke', 'wrote', 'met', 'added', 'called', 'warned', 'accused', 'insisted'])
const roleDeterminers = new Set(['the', 'his', 'her', 'their', 'its'])
/** Function words that title case capitalises but no name holds inside it ("… Asked What It Takes To Be"). */
const headlineBreakers = new Set(['what', 'it', 'to', 'be', 'is', 'are', 'was', 'were', 'about', 'how', 'why', 'who', 'when', 'being', 'at', 'on', 'with', 'from', 'by', 'as', 'into', 'over', 'after', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'that', 'this', 'these', 'those', 'has', 'have', 'had', 'would', 'could', 'says', 'said'])

/** Split `text[from, to)` into word tokens, with the punctuation between them. */
export function wordTokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = []
  let last = from
  let i = from
  while (i < to) {
    if (!isLetterOrDigitAt(text, i, to)) { i += charSizeAt(text, i, to); continue }
    const matchEnd = wordEndAt(text, i, to)
    let end = matchEnd
    // A final period stays only on abbreviations ("U.S.", "Gen.").
    const cut = text.charCodeAt(end - 1) === 46 && !abbreviation.test(text.slice(i, end))
    if (cut) end--
    let possessive = false
    if (end - i > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 0x2019 || text.charCodeAt(end - 2) === 39)) {
      end -= 2
      possessive = true
    }
    const word = text.slice(i, end)
    // Most gaps are one space: only look closer at longer ones.
    const gap = i === last || (i - last === 1 && text.charCodeAt(last) === 32) ? '' : text.slice(last, i).replace(/[\s\u00a0]+/g, '')
    const first = word.charCodeAt(0)
    const cap = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word)
    out.push({start: i, end, text: word, lower: word.toLowerCase(), cap, possessive, gapBefore: gap})
    // A period cut from the word is punctuation between it and the next one.
    last = cut ? matchEnd - 1 : matchEnd
    i = matchEnd
  }
  return out
}

/**
 * Find capitalised name runs and role nouns in one stretch of story text (a
 * block, or a sentence): titles split off ("U.S. President" | "Dorian Marle"),
 * each run typed from word lists as person, organisation, place or unknown.
 */
export function findNameRuns(text: string, from: number, to: number): {names: NameRun[], roles: RoleRun[]} {
  const toks = wordTokens(text, from, to)
  const names: NameRun[] = []
  const roles: RoleRun[] = []
  let i = 0
  while (i < toks.length) {
    const tok = toks[i]!
    if (tok.lower.length <= 5 && roleDeterminers.has(tok.lower)) {
      const role = readRole(toks, i)
      if (role) { role.run.text = text.slice(role.run.start, role.run.end); roles.push(role.run); i = role.next; continue }
    }
    if (!tok.cap) { i++; continue }
    // Collect the run: capitalised words, with particles and "of (the)" inside.
    let j = i + 1
    let headline = false
    while (j < toks.length && toks[j]!.gapBefore === '' && !toks[j - 1]!.possessive) {
      const t = toks[j]!
      // A title-case headline ("Sara Lund Asked Why Marle Is …"): a capitalised
      // function word ends the name, and a verb form just before it is no part of it.
      if (t.cap && j > i + 1 && headlineBreakers.has(t.lower)) { headline = true; break }
      if (t.cap) { j++; continue }
      const nextCap = toks[j + 1]?.cap && toks[j + 1]!.gapBefore === ''
      if (particles.has(t.lower)) {
        let p = j
        while (p < toks.length && particles.has(toks[p]!.lower) && toks[p]!.gapBefore === '') p++
        if (p > j && toks[p]?.cap && toks[p]!.gapBefore === '') { j = p; continue }
      }
      // "Secretary of State", "Bank of America" go on over "of"; "Sen. Susan Collins of
      // Maine" does not: the word before "of" must be the institution or title itself.
      if ((t.lower === 'of' || t.lower === 'for') && nextCap && isInstitutional(toks.slice(j - 1, j))) { j++; continue }
      if (t.lower === 'of' && toks[j + 1]?.lower === 'the' && toks[j + 2]?.cap && isInstitutional(toks.slice(j - 1, j))) { j += 2; continue }
      break
    }
    if (headline && j - i >= 3 && /(?:[^e]ed|[^s]s)$/.test(toks[j - 1]!.lower)) j--
    const run = toks.slice(i, j)
    const sentenceStart = i === 0 || /[.!?:;"“”]$/.test(toks[i]!.gapBefore) || (toks[i - 1]?.text.endsWith('.') ?? false)
    // Lower-case title words just before the run ("Varik's aide Ilya Marinov").
    let k = i
    while (k > 0 && toks[k]!.gapBefore === '' && !toks[k - 1]!.cap && !['the', 'of', 'for'].includes(toks[k - 1]!.lower) && (titleHeads.has(toks[k - 1]!.lower) || titleModifiers.has(toks[k - 1]!.lower)) && i - k < 3) k--
    const next = toks[j] && toks[j]!.gapBefore === '' ? toks[j]! : null
    const previous = i > 0 && toks[i]!.gapBefore === '' ? toks[i - 1]! : null
    // A fresh object from classify: its kind is set in place rather than copied (a spread is slow in V8 20).
    const named = classify(text, run, toks.slice(k, i), sentenceStart, next)
    // "in Donetsk", "near Kharkiv": a lone unknown word after a place preposition is a place.
    if (named && named.kind === 'unknown' && previous && placePrepositions.has(previous.lower)) named.kind = 'place'
    // "San Jose, Calif.", "Springfield, Illinois": a name followed by a state is a city.
    if (named && named.kind !== 'organization' && !named.title && !named.possessive && toks[j]?.gapBefore === ',' && isState(toks, j)) named.kind = 'place'
    // … and the state after the comma ("Calif.") is a place too.
    if (named && named.kind !== 'place' && !named.title && tok.gapBefore === ',' && j - i <= 2 && isState(toks, i)) named.kind = 'place'
    // "the Ledger reported", "to the Courier and …": a lone word after "the" names a body, not a person.
    const the = afterThe(toks, i)
    if (named && named.kind === 'unknown' && the && (!next || next.lower === 'and' || next.lower === 'or' || named.verbAfter)) named.kind = 'organization'
    if (named) names.push(named)
    i = j
  }
  return {names, roles}
}

/** The lower-case words of `run` from `a` on, joined by spaces. */
function lowerJoined(run: readonly Tok[], a: number): string {
  let out = run[a]!.lower
  for (let k = a + 1; k < run.length; k++) out += ' ' + run[k]!.lower
  return out
}

function isInstitutional(run: Tok[]): boolean {
  return run.some((t) => orgWords.has(t.lower) || titleHeads.has(t.lower))
}

function readRole(toks: Tok[], i: number): {run: RoleRun, next: number} | null {
  let j = i + 1
  let country: string | null = null
  while (j < toks.length && j - i <= 3 && toks[j]!.gapBefore === '') {
    const t = toks[j]!
    const c = countryByWord.get(t.lower)
    if (c && (demonyms.has(t.lower) || t.possessive || t.cap)) { country = c; j++; continue }
    if (titleHeads.has(t.lower) && !t.cap && !(toks[j + 1]?.cap && toks[j + 1]!.gapBefore === '')) {
      const first = toks[i]!
      return {run: {start: first.start, end: t.end, text: '', head: t.lower, country}, next: j + 1}
    }
    if (!t.cap && titleModifiers.has(t.lower)) { j++; continue }
    if (t.cap && titleHeads.has(t.lower) && !(toks[j + 1]?.cap)) {
      const first = toks[i]!
      return {run: {start: first.start, end: t.end, text: '', head: t.lower, country}, next: j + 1}
    }
    break
  }
  return null
}

function classify(text: string, run: Tok[], before: Tok[], sentenceStart: boolean, next: Tok | null): NameRun | null {
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
  else if (knownBodies.has(joined) || lower.some((w) => orgWords.has(w)) || acronym) kind = 'organization'
  else if (demonyms.has(joined) || (words.length === 1 && partyLabels.has(joined))) return null
  else if (titleToks.length > 0 || words.length >= 2) kind = 'person'
  else kind = 'unknown'
  const title = titleToks.length > 0 ? {start: titleToks[0]!.start, end: titleToks[titleToks.length - 1]!.end, text: text.slice(titleToks[0]!.start, titleToks[titleToks.length - 1]!.end)} : null
  return {start: first.start, end: last.end, text: name, kind, title, words: words.map((w) => ({start: w.start, end: w.end, text: w.text})),
    possessive: last.possessive, sentenceStart: sentenceStart && a === 0 && t < 0,
    plural: words.length === 1 && kind === 'unknown' && /[^s']s$/.test(first.text) && !first.possessive,
    verbAfter: next !== null && !next.cap && (verbLike.has(next.lower) || /[^e]ed$/.test(next.lower) || /[^su]s$/.test(next.lower))}
}

/** Whether tokens from `j` are a US state, by name or AP abbreviation ("Calif.", "N.Y.", "New York"). */
function isState(toks: readonly Tok[], j: number): boolean {
  const one = toks[j]!.lower.replace(/\./g, '')
  if (stateNames.has(one)) return true
  const two = toks[j + 1]
  return two !== undefined && two.gapBefore === '' && stateNames.has(one + ' ' + two.lower)
}

/** Whether the run at `i` comes right after "the" (its own or the word before). */
function afterThe(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!
  if (t.lower === 'the') return true
  return i > 0 && t.gapBefore === '' && toks[i - 1]!.lower === 'the'
}

/** A title head, also hyphenated ("Speaker-to-be", "then-Sen.", "ex-President"). */
function titleLike(lower: string): boolean {
  if (titleHeads.has(lower)) return true
  const parts = lower.split('-')
  return parts.length > 1 && (titleHeads.has(parts[0]!) || (['then', 'ex', 'former'].includes(parts[0]!) && titleHeads.has(parts.slice(1).join('-'))))
}
