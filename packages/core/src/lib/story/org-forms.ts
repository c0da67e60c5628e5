import {acronymLetters} from '../entities/acronyms.js'
import {notNames} from '../entities/common-words.js'
import {orgWords} from '../entities/org-words.js'
import {titleHeads} from '../entities/titles.js'
import {inDatelinePlace, isDateline, isHeadingText, isSentenceStart, textLines, type NamingText} from './naming-text.js'
import {dropTimePhrase, joiners, nameWord, placeTitles, trimRun, type RunWord} from './org-run-edges.js'
import {capitalAbbreviations, capitalAndJoinerWords} from './org-scan.js'
import {newList, packedMap} from '../packed-map.js'
import {weekdays} from '../weekdays.js'

/** One written name of a body in one file, at an offset of its text. */
export interface OrgOccurrence {
  form: string
  file: string
  start: number
}

const weekdayNames: ReadonlySet<string> = new Set(weekdays)

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
    // A dateline may run on to the next line ("WASHINGTON\n— …"): it is read in the whole text; its place in capitals is no body's abbreviation.
    for (let k = 0; k < abbreviations.length; k++) {
      const start = starts[l]! + abbreviations[k]!.start
      if (!isDateline(text, start) && !inDatelinePlace(text, start)) into.push(new Occurrence(abbreviations[k]!.form, file, start))
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
export const keptLines = 20000
const formsByLine = new Map<string, FormsOfLine>()

function lineForms(text: string): FormsOfLine {
  let known = formsByLine.get(text)
  if (known) return known
  if (formsByLine.size >= keptLines) formsByLine.clear()
  const found = newList<LineForm>()
  const run: RunWord[] = []
  let lastEnd = -1
  const flush = () => {
    trimRun(run)
    const words = packedMap(run, nameWord)
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
