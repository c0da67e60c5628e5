import type {Span} from '../types.js'
import {classify} from './classify-name-run.js'
import {orgWords} from './org-words.js'
import {genderOfGivenName} from './given-name-gender.js'
import {countryByWord, demonyms, placeNames, stateNames} from './places.js'
import {commonTitleModifiers, subordinateRanks, titleHeads, titleModifiers} from './titles.js'
import {wordTokens, type Tok} from './word-tokens.js'

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
  /**
   * Read after "a"/"an" or a possessive name ("a spokeswoman", "Orlo's spokeswoman"):
   * it names a person only when set off beside a name ("Pella Voss, a spokeswoman,").
   */
  loose?: boolean
  /** Where a loose role's possessive owner starts ("Orlo's"), when it has one. */
  from?: number
}

/** Lower-case words inside names ("Helena von der Halde", "Omar bin Tarek"). */
export const particles: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'zu'])
/** Prepositions after which a lone capitalised word is a place. */
const placePrepositions = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'toward', 'towards', 'into'])
/** Words before a role noun ("the American president"). */
const roleDeterminers = new Set(['the', 'his', 'her', 'their', 'its'])
/** Words before a role noun that name no one in particular ("a spokeswoman"): loose roles. */
const looseDeterminers = new Set(['a', 'an'])
/** Function words that title case capitalises but no name holds inside it ("… Asked What It Takes To Be"). */
const headlineBreakers = new Set(['what', 'it', 'to', 'be', 'is', 'are', 'was', 'were', 'about', 'how', 'why', 'who', 'when', 'being', 'at', 'on', 'with', 'from', 'by', 'as', 'into', 'over', 'after', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'that', 'this', 'these', 'those', 'has', 'have', 'had', 'would', 'could', 'says', 'said', 'and', 'or', 'but', 'between', 'against', 'than'])

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
    // A loose role is kept only set off beside a name: "a" after a comma or opening a sentence.
    if (tok.lower.length <= 5 && (roleDeterminers.has(tok.lower) || (looseDeterminers.has(tok.lower) && (tok.gapBefore !== '' || i === 0 || toks[i - 1]!.text.endsWith('.'))))) {
      const role = readRole(toks, i)
      if (role) {
        if (looseDeterminers.has(tok.lower)) role.run.loose = true
        role.run.text = text.slice(role.run.start, role.run.end); roles.push(role.run); i = role.next; continue
      }
    }
    if (!tok.cap) { i++; continue }
    // Collect the run: capitalised words, with particles and "of (the)" inside.
    let j = i + 1
    let headline = false
    while (j < toks.length && toks[j]!.gapBefore === '' && !toks[j - 1]!.possessive) {
      const t = toks[j]!
      // A title-case headline ("Sara Lund Asked Why Marle Is …", "Praised By Sara Lund"): a
      // capitalised function word ends the name, and is none itself, nor a verb form just before it.
      if (t.cap && headlineBreakers.has(t.lower)) { headline = true; break }
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
      if (t.lower === 'and' && nextCap && bodyFieldAnd(toks, i, j)) { j++; continue }
      break
    }
    // The next run starts after the function word (and the verb form before it).
    const resume = headline ? j + 1 : j
    if (headline && j - i >= 3 && /(?:[^e]ed|[^s]s)$/.test(toks[j - 1]!.lower)) j--
    const run = toks.slice(i, j)
    const sentenceStart = i === 0 || /[.!?:;"“”]$/.test(toks[i]!.gapBefore) || (toks[i - 1]?.text.endsWith('.') ?? false)
    // Lower-case title words just before the run ("Varik's aide Ilya Marinov").
    let k = i
    let over = 0
    while (k > 0 && toks[k]!.gapBefore === '' && (!toks[k - 1]!.cap || opensTitle(toks, k - 1)) && i - k < 3 + over) {
      const before = toks[k - 1]!.lower
      // "chief of staff", "director of communications": "of" between a title head and the title's field.
      if (before === 'of' && over === 0 && k < i && k > 1 && toks[k - 1]!.gapBefore === '' && (!toks[k - 2]!.cap || opensTitle(toks, k - 2)) && titleHeads.has(toks[k - 2]!.lower)) { k--; over = 1; continue }
      if (before === 'the' || before === 'of' || before === 'for' || !(titleHeads.has(before) || titleModifiers.has(before))) break
      k--
    }
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
    // "Orlo's spokeswoman": a role the possessive name owns, loose (the role alone, its owner kept apart).
    if (!headline && toks[j - 1]!.possessive && j < toks.length && !toks[j]!.cap) {
      const role = readRole(toks, j - 1)
      if (role) {
        role.run.start = toks[j]!.start
        role.run.loose = true
        role.run.from = tok.start
        role.run.text = text.slice(role.run.start, role.run.end)
        roles.push(role.run)
        i = role.next
        continue
      }
    }
    i = resume
  }
  return {names, roles}
}


/**
 * "Office of Tariffs and Budget": an "and" joining two fields of one body — a body word, "of",
 * one field word, "and", one last field word (no body word, place, given name or
 * abbreviation on either side, so "Bank of Avalon and Kestrel Bank", "Department of
 * Harbors and FBI officials" stay two).
 */
function bodyFieldAnd(toks: readonly Tok[], i: number, j: number): boolean {
  if (j - 3 < i || toks[j - 2]!.lower !== 'of' || !orgWords.has(toks[j - 3]!.lower)) return false
  const after = toks[j + 2]
  if (after && after.cap && after.gapBefore === '') return false
  return isFieldWord(toks[j - 1]!) && isFieldWord(toks[j + 1]!)
}

function isFieldWord(t: Tok): boolean {
  return !t.possessive && t.text !== t.text.toUpperCase() && !orgWords.has(t.lower) && !countryByWord.has(t.lower) &&
    !stateNames.has(t.lower) && !placeNames.has(t.lower) && !genderOfGivenName(t.text)
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
    // "the group's spokeswoman": a body's role, loose (it names only the person set beside it).
    if (j === i + 1 && t.possessive && !t.cap) {
      const owned = readRole(toks, j)
      if (owned) { owned.run.start = toks[i]!.start; owned.run.loose = true }
      return owned
    }
    break
  }
  return null
}


/** Whether the token at `k` opens a sentence ("Campaign manager Pella Voss said"), where its capital proves nothing. */
function opensSentence(toks: readonly Tok[], k: number): boolean {
  return k === 0 || /[.!?:;"“”]$/.test(toks[k]!.gapBefore) || toks[k - 1]!.text.endsWith('.')
}

/** A capitalised word that opens a sentence and may open a lower-case title: a title head or a common modifier, no body's name ("Kremlin aide"). */
function opensTitle(toks: readonly Tok[], k: number): boolean {
  const word = toks[k]!.lower
  return opensSentence(toks, k) && (titleHeads.has(word) || subordinateRanks.has(word) || commonTitleModifiers.has(word))
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

