import {acronymLetters} from '../entities/acronyms.js'
import {notNames} from '../entities/common-words.js'
import {orgWords} from '../entities/org-words.js'
import {titleHeads} from '../entities/titles.js'
import {isDateline, isHeadingText, isSentenceStart, textLines, type NamingText} from './naming-text.js'
import {calendarWords} from './event-words.js'
import {capitalAbbreviations, capitalAndJoinerWords} from './org-scan.js'
import {newList, packedMap} from '../packed-map.js'
import {weekdays} from '../weekdays.js'

/** One written name of a body in one file, at an offset of its text. */
export interface OrgOccurrence {
  form: string
  file: string
  start: number
}

/** Small words that may join the parts of a body's name ("Department of Justice", "Committee on Harbors and Reform"). */
const joiners = new Set(['of', 'on', 'and', 'for', 'the'])
const weekdayNames: ReadonlySet<string> = new Set(weekdays)
/** Abbreviations that open a name and end in a period without ending the sentence ("St. Brigid's Chapel", "Mt. Olwen College"). */
const placeTitles: ReadonlySet<string> = new Set(['St.', 'Ste.', 'Mt.', 'Ft.'])
/** Function words that open a sentence, capitalised, before a body's name: articles, prepositions, conjunctions. */
const leadingWords: ReadonlySet<string> = new Set(['the', 'a', 'an', 'as', 'on', 'in', 'at', 'by', 'for', 'from', 'with', 'to', 'and', 'but',
  'or', 'if', 'when', 'while', 'after', 'before', 'since', 'between', 'against', 'over', 'into', 'about', 'during', 'under', 'until',
  'because', 'although', 'though', 'unlike', 'like', 'despite', 'through', 'via', 'per', 'than', 'so', 'yet'])


/**
 * Names of bodies written in the running text of one article: runs of capitalised
 * words that hold an organisation word ("Justice Department", "Department of
 * Justice", "House Committee on Harbors and Rural Affairs", "National
 * Security Agency"), joined by "of", "on", "and" only once such a word has come
 * (so "Smith of the Harbors Committee" gives "Harbors Committee"), and
 * abbreviations ("F.B.I.", "NSA"). Headlines are skipped: title case proves nothing.
 */
export function findOrgForms({file, text}: NamingText, into: OrgOccurrence[] = []): OrgOccurrence[] {
  // Indexed loops, found straight into `into`: this runs over every line of every
  // article, mostly before the engine has optimised it (a `for…of` step costs a call
  // and an object there).
  const {lines, starts} = textLines(text)
  const forms = packedMap(lines, lineForms)
  for (let l = 0; l < lines.length; l++) {
    const runs = forms[l]!.runs
    for (let k = 0; k < runs.length; k++) into.push(new Occurrence(runs[k]!.form, file, starts[l]! + runs[k]!.start))
  }
  for (let l = 0; l < lines.length; l++) {
    const abbreviations = forms[l]!.abbreviations
    // A dateline may run on to the next line ("WASHINGTON\n— …"): it is read in the whole text.
    for (let k = 0; k < abbreviations.length; k++) {
      const start = starts[l]! + abbreviations[k]!.start
      if (!isDateline(text, start)) into.push(new Occurrence(abbreviations[k]!.form, file, start))
    }
  }
  return into
}

/** A name found in one line: what it reads, where in the line it starts. */
interface LineForm {
  form: string
  start: number
}

/*
 * The names of a line are kept for the whole story (`formsByLine`) and the occurrences
 * until naming ends, so they are made by constructors and `newList`, which V8 does not
 * track by allocation site: made by literals, they were moved to old space mid-story and
 * the compiled code of `lineForms` and `findOrgForms` thrown away (see packed-map.ts).
 * A line's forms are plain objects with the literal's keys in the literal's order;
 * occurrences are `Occurrence`s, here and in org-reading.ts alike (one shape in the list).
 */

const Form = function (this: LineForm, form: string, start: number) {
  this.form = form
  this.start = start
} as unknown as new (form: string, start: number) => LineForm
Form.prototype = Object.prototype

interface FormsOfLine {
  runs: LineForm[]
  abbreviations: LineForm[]
}
const LineForms = function (this: FormsOfLine, runs: LineForm[], abbreviations: LineForm[]) {
  this.runs = runs
  this.abbreviations = abbreviations
} as unknown as new (runs: LineForm[], abbreviations: LineForm[]) => FormsOfLine
LineForms.prototype = Object.prototype

/** An occurrence as every step that records one makes it (one shape for all: see above). */
export class Occurrence implements OrgOccurrence {
  constructor(readonly form: string, readonly file: string, readonly start: number) {}
}

/**
 * Lines read so far, by their text (a story's outlets share many paragraphs: wire copy,
 * quotes, rewrites), with the names each holds. Nothing `findOrgForms` reads crosses a
 * line: a run of words needs one space between them, and headings, sentence starts and
 * abbreviations are judged within the line. At most `keptLines` are kept.
 */
const keptLines = 20000
const formsByLine = new Map<string, FormsOfLine>()
const namesByLine = new Map<string, readonly string[]>()

function lineForms(text: string): FormsOfLine {
  let known = formsByLine.get(text)
  if (known) return known
  if (formsByLine.size >= keptLines) formsByLine.clear()
  const found = newList<LineForm>()
  const run: Array<{word: string, start: number}> = []
  let lastEnd = -1
  const flush = () => {
    dropAfterPossessive(run)
    while (run.length > 0 && joiners.has(run[run.length - 1]!.word)) run.pop()
    // A capitalised function word opening the sentence is no part of the name ("On Ledger News’ show", "As The Ledger wrote").
    while (run.length > 0 && leadingWords.has(run[0]!.word.toLowerCase())) run.shift()
    // "July’s Harbor Gazette poll", "Tuesday’s Ledger": a day or month owning the name is no part of it.
    if (run.length > 1 && /[’']s$/.test(run[0]!.word) && calendarWords.has(run[0]!.word.slice(0, -2).toLowerCase())) run.shift()
    const words = packedMap(run, (item) => (/^(?:\p{Lu}\.)+$/u.test(item.word) || placeTitles.has(item.word) ? item.word : item.word.replace(/\.$/, '').replace(/[’']s$/, '')))
    if (run.length > 0 && words.some((word) => orgWords.has(word.toLowerCase())) && !isHeadingText(text)) {
      const start = run[0]!.start
      // A lone organisation word opening a sentence ("Congress voted") is still a name; a lone common one ("Department") is dropped later.
      if (!(words.length === 1 && isSentenceStart(text, start) && !orgWords.has(words[0]!.toLowerCase()))) found.push(new Form(words.join(' '), start))
    }
    run.length = 0
  }
  // Capitalised words, abbreviations with periods, and the joiners between them.
  const scanned = capitalAndJoinerWords(text)
  for (let w = 0; w < scanned.words.length; w++) {
    const word = scanned.words[w]!
    const start = scanned.starts[w]!
    // The run goes on across one space only.
    const spaced = start - lastEnd === 1 && text[lastEnd] === ' '
    const previous = run[run.length - 1]?.word
    // A run ends at a sentence's end ("the Port Authority. Lindqvist said"), at a title after the
    // body's name ("House Harbors Committee Chairman Jane Roe"), before a day or month ("Congress on Monday"),
    // and before a weekday right after the name ("the Harbor Authority Tuesday said").
    // A weekday is one with the stop or quote marks after it ("at the White House on Thursday.", "on ''Panel Sunday''").
    const ended = previous !== undefined && /\.$/.test(previous) && !/^(?:\p{Lu}\.)+$/u.test(previous) && !placeTitles.has(previous)
    const lower = word.toLowerCase()
    const weekday = weekdayNames.has(lower.replace(/[.’']+$/, ''))
    if (run.length > 0 && (!spaced || ended || (titleHeads.has(lower) && orgWords.has(previous!.toLowerCase())) || (notNames.has(lower) && previous && joiners.has(previous)) || weekday)) {
      if (weekday) dropTimePhrase(run)
      flush()
    }
    if (joiners.has(word)) {
      // "of", "on", "for" only after the body's own word ("Department of Justice"); "and" only inside
      // such a phrase ("Committee on Harbors and Reform", not "the FBI and the NSA"); "the" only after them.
      const last = run[run.length - 1]?.word.toLowerCase()
      const allowed = run.length > 0 && (word === 'the' ? last === 'of' || last === 'on' || last === 'for'
        : word === 'and' ? run.some((item) => item.word === 'of' || item.word === 'on') && !joiners.has(last!)
          : orgWords.has(last!))
      if (!allowed) {
        flush()
        lastEnd = start + word.length
        continue
      }
    }
    run.push({word, start})
    lastEnd = start + word.length
  }
  flush()
  const scannedAbbreviations = capitalAbbreviations(text)
  const abbreviations = newList<LineForm>()
  for (let w = 0; w < scannedAbbreviations.words.length; w++) {
    const form = scannedAbbreviations.words[w]!
    const start = scannedAbbreviations.starts[w]!
    if (acronymLetters(form) && !isHeadingText(text)) abbreviations.push(new Form(form, start))
  }
  formsByLine.set(text, known = new LineForms(found, abbreviations))
  return known
}

/** "CBS News on Super" before "Tuesday": an "on" whose words after it hold no body word opens a time phrase, not the name. */
function dropTimePhrase(run: Array<{word: string}>): void {
  for (let k = run.length - 1; k > 0; k--) {
    if (orgWords.has(run[k]!.word.toLowerCase())) return
    if (run[k]!.word === 'on') {
      run.length = k
      return
    }
  }
}

/**
 * "the Research Guild’s Hanne Vorst": the words after a possessive that hold no body word
 * are someone or something of the body, not its name ("the Guild of Weavers’ Hall" keeps its hall).
 */
function dropAfterPossessive(run: Array<{word: string}>): void {
  for (let k = run.length - 2; k >= 0; k--) {
    const word = run[k]!.word
    const last = word.charCodeAt(word.length - 1)
    // Most words end in neither "s" nor an apostrophe: no regex for them.
    if (last !== 115 && last !== 39 && last !== 8217) continue
    if (!/(?:[’']s|s[’'])$/.test(word)) continue
    for (let j = k + 1; j < run.length; j++) if (orgWords.has(run[j]!.word.toLowerCase())) return
    run.length = k + 1
    return
  }
}

/**
 * Names some outlet writes with a capital article in running text ("reported in The
 * Washington Post"): the names without it, each with the files that do so.
 */
export function findArticleNames({text}: NamingText, into: Set<string> = new Set()): Set<string> {
  const {lines} = textLines(text)
  for (let l = 0; l < lines.length; l++) {
    const names = lineArticleNames(lines[l]!)
    for (let k = 0; k < names.length; k++) into.add(names[k]!)
  }
  return into
}

const noNames: readonly string[] = []

/** `findArticleNames` of one line (a name never runs across lines), kept by the line's text. */
function lineArticleNames(text: string): readonly string[] {
  // Most lines hold no "The " at all: no regex runs over them, and nothing is kept.
  if (!text.includes('The ')) return noNames
  let known = namesByLine.get(text)
  if (known) return known
  if (namesByLine.size >= keptLines) namesByLine.clear()
  const names = new Set<string>()
  for (const match of text.matchAll(/The ((?:\p{Lu}[\p{L}’'.-]*)(?: \p{Lu}[\p{L}’'.-]*){0,3})/gu)) {
    if (isSentenceStart(text, match.index!) || isHeadingText(text)) continue
    // The name ends with its sentence ("… The Ledger. The mayor said").
    const name = match[1]!.split(/\.\s/)[0]!.replace(/[’']s$/, '')
    names.add(/^(?:\p{Lu}\.)+$/u.test(name.split(' ').pop()!) ? name : name.replace(/\.$/, ''))
  }
  namesByLine.set(text, known = [...names])
  return known
}
