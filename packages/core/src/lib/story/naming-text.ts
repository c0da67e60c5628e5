import {countWords} from './letter-case.js'
import {newOffsets, packedMap} from '../packed-map.js'
import {onceByText, oneStringPerText} from './once-by-text.js'

/** One article's text, with the file it came from, as the naming step reads it. */
export interface NamingText {
  file: string
  text: string
}

/**
 * Whether the word at `offset` opens a sentence, a line or a quotation: there its
 * capital letter is the sentence's, not the writer's choice of spelling.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1
  // (A no-break space after the stop too: "lost.\u00a0The Marle campaign".)
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--
  if (i < 0) return true
  return /[\n.!?:"“‘'(—–―-]/.test(text[i]!)
}

/**
 * Whether the line holding `offset` is written in title case or capitals (a
 * headline, a dateline): its capitals say nothing about how the outlet spells.
 */
export function isHeadingLine(text: string, offset: number): boolean {
  // Many names stand on one line, and the naming steps visit the articles in turn
  // per name: the line is found by binary search over the text's line starts (a long
  // paragraph read per name would make this quadratic in the paragraph's length), and
  // judged by its text, once per distinct line (outlets share lines: wire copy).
  const {lines, starts} = textLines(text)
  return headingLine(lines[lineBefore(starts, offset)]!)
}

/**
 * `isHeadingLine` of a text that is one line (no newline in it), the same at every
 * offset: the per-line readings ask it of the line itself, with no line starts to
 * find and keep for each distinct line.
 */
export function isHeadingText(line: string): boolean {
  return headingLine(line)
}

/** Whether a line is a heading: few words, or most capitalised, or in capitals (once per distinct line). */
const headingLine = onceByText((line: string): boolean => {
  // The line's words (the global regex `\p{L}[\p{L}’'.-]*`), counted without making them.
  const words = countWords(line, 0, line.length)
  return words.words === 0 || words.words <= 3 || words.capitalised / words.words > 0.6 || inCapitals(line, 0, line.length)
})

/**
 * Whether `text` from `start` to `end` reads the same in capitals: a small letter a-z
 * answers at once, without the upper-case copy of a line that is mostly small letters.
 */
export function inCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
  }
  const line = text.slice(start, end)
  return line === line.toUpperCase()
}

/** A text's line starts, and its lines once `textLines` has read them. */
interface TextLines {
  starts: number[]
  lines: string[] | null
}

/**
 * Made by a constructor and `newOffsets`, which V8 does not track by allocation site:
 * kept for the whole story, literals here were moved to old space mid-story and the
 * compiled code of every reader of lines (`termLines`, `findOrgForms`) thrown away (see
 * packed-map.ts). A plain object with the literal's keys in the literal's order.
 */
const LinesOfText = function (this: TextLines, starts: number[]) {
  this.starts = starts
  this.lines = null
} as unknown as new (starts: number[]) => TextLines
LinesOfText.prototype = Object.prototype

/** Texts seen lately: at most this many are kept (a story's articles, not every text ever read). */
const keptTexts = 2048
const linesByText = new Map<string, TextLines>()

function linesOf(text: string): TextLines {
  let lines = linesByText.get(text)
  if (!lines) {
    if (linesByText.size >= keptTexts) linesByText.clear()
    const starts = newOffsets()
    starts.push(0)
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
    lines = new LinesOfText(starts)
    linesByText.set(text, lines)
  }
  return lines
}

/** Every distinct line read lately, as one string object (`textLines`); at most 20,000 are kept. */
const lineObject = oneStringPerText(20000)

/**
 * The lines of `text` (without their newlines) and the offset each starts at. A line
 * many texts carry (wire copy, quotes, rewrites) is one string object in all of them:
 * the naming steps keep what they read of a line by its text, and a key that is the
 * very string stored is found without reading its characters again.
 */
export function textLines(text: string): {lines: readonly string[], starts: readonly number[]} {
  const read = linesOf(text)
  if (read.lines === null) {
    const {starts} = read
    // Packed in every tier (packed-map.ts): readers compiled on one shape keep their code.
    read.lines = packedMap(starts, (start, i) => lineObject(text.slice(start, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length)))
  }
  return {lines: read.lines, starts: read.starts}
}

/** The index of the last of `starts` at or before `offset` (the first when none is). */
function lineBefore(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** Whether the capital at `offset` is the writer's spelling: mid-sentence, in running text. */
export function isWrittenCapital(text: string, offset: number): boolean {
  return !isSentenceStart(text, offset) && !isHeadingLine(text, offset)
}

/** Whether the words at `offset` open a line as a dateline ("WASHINGTON —", "MOSCOW (Reuters) -"). */
export function isDateline(text: string, offset: number): boolean {
  if (offset > 0 && text[offset - 1] !== '\n') return false
  return /^[\p{Lu}.,' ]{3,}\s*(?:\([^)\n]*\)\s*)?[—–―-]/u.test(text.slice(offset, offset + 80))
}

/** The place in capitals that opens a dateline, its state, date and agency, and the dash ("TARROW FALLS, Ore., May 3 (Wire) —"). */
const datelinePlace = /^(\p{Lu}[\p{Lu}.' ]*\p{Lu}\.?)(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:,?\s*\p{Lu}[a-z]{2,}\.?\s*\d{1,2})?\s*(?:\([^)\n]{1,20}\)\s*)?[—–―-]/u

/**
 * Whether `offset` is inside the place in capitals that opens a dateline ("LINDALE —",
 * "TARROW FALLS, Ore., May 3 (Wire) —"): the wire's style, not how the outlet spells the name.
 */
export function inDatelinePlace(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const first = text.charCodeAt(lineStart)
  // Most lines open with no capital, or with a name written in small letters: no regex for them.
  if (first < 65 || first > 90 || !inCapitals(text, lineStart, Math.min(offset + 1, text.length))) return false
  const head = datelinePlace.exec(text.slice(lineStart, lineStart + 80))
  return head !== null && offset < lineStart + head[1]!.length
}

/**
 * Whether the name written in capitals from `start` to `end` stands among two more words
 * in capitals ("HOW CHINA’S DECLINE AFFECTS …", "DNC CHAIR DEBBIE WASSERMAN SCHULTZ"): a
 * headline or a label run into the text, whose capitals are its style, not a spelling.
 */
export function amidCapitals(text: string, start: number, end: number): boolean {
  let words = 0
  for (const [from, step] of [[start - 1, -1], [end, 1]] as const) {
    let i = from
    while (words < 2) {
      // Past the spaces and marks between words, then over one word: in capitals, or the end of this side.
      while (i >= 0 && i < text.length && /[ ’'“”"(),:-]/.test(text[i]!)) i += step
      let letters = 0
      let small = false
      while (i >= 0 && i < text.length && /[\p{L}.]/u.test(text[i]!)) {
        if (/\p{Ll}/u.test(text[i]!)) small = true
        letters++
        i += step
      }
      if (letters === 0 || small) break
      // (A possessive "S" or an initial counts for no word.)
      if (letters > 1) words++
    }
  }
  return words >= 2
}

/** Written forms by referent key: each form with the files that write it. */
export type FormsByKey = Map<string, Map<string, Set<string>>>

/** Record that `file` writes `form` for the referent `key`. */
export function addForm(forms: FormsByKey, key: string, form: string, file: string): void {
  formFiles(forms, key, form).add(file)
}

/** The files that write `form` for the referent `key` (an empty set, recorded, the first time). */
export function formFiles(forms: FormsByKey, key: string, form: string): Set<string> {
  let byForm = forms.get(key)
  if (!byForm) forms.set(key, byForm = new Map())
  let files = byForm.get(form)
  if (!files) byForm.set(form, files = new Set())
  return files
}
