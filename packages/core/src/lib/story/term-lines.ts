import {notNames} from '../entities/common-words.js'
import {isAllLower, isCapitalised, lettersWords, startsUpper} from './letter-case.js'
import {inCapitals, isHeadingText, isSentenceStart, textLines} from './naming-text.js'
import {newList, packedMap} from '../packed-map.js'

/** A word of small letters joined by hyphens ("re-open"). */
export const hyphenated = (word: string) => /^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u.test(word)

/** A form `termNaming` records from one line, in the order of the line's words. */
export type TermEvent =
  /** A form recorded as it is: a hyphenated word, a capitalised word, a capitalised phrase. */
  | {kind: 'add', key: string, form: string}
  /** A phrase in small letters, recorded when some outlet capitalises it (its key and form made only then: `lowerForm`). */
  | {kind: 'lower', word: string, next: string}

/** What one line gives `termNaming`. */
export interface TermLine {
  /** Its hyphenated words closed up ("reopen" for "re-open"). */
  joined: string[]
  /**
   * Its words: one that is some outlet's hyphenated word closed up ("reopen") is a
   * form of it (such a word is in small letters, four or more: "re-do" gives "redo").
   */
  words: readonly string[]
  /** Its capitalised phrases in small letters, first and second word in turn. */
  capitalised: string[]
  events: TermEvent[]
}

/**
 * The lines of a text as `termNaming` reads them. What a line gives hangs on its text
 * and on four facts of the words around it (a capital is shouting beside words in
 * capitals; a name may run on from "of" at the end of the line before), so it is read
 * once per line and those facts: a story's outlets repeat paragraphs.
 */
export function termLines(text: string): TermLine[] {
  const {lines} = textLines(text)
  const words = packedMap(lines, (line) => lineWords(line).words)
  const out = newList<TermLine>()
  let before2: string | undefined
  let before1: string | undefined
  // The first word of the nearest line after each that has words.
  let after: string | undefined
  const afters = new Array<string | undefined>(lines.length)
  for (let l = lines.length - 1; l >= 0; l--) {
    afters[l] = after
    after = words[l]![0] ?? after
  }
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!
    let byContext = readLines.get(line)
    if (!byContext) {
      if (readLines.size >= keptLines) readLines.clear()
      readLines.set(line, byContext = newList<TermLine>())
    }
    const previousInCapitals = wordInCapitals(before1)
    const previousUpper = before1 !== undefined && startsUpper(before1)
    // The line's first word follows "of", "on", "and" or "for" after a capital ("Department of\nCoastal Works").
    const firstInName = before1 !== undefined && joinerWord.test(before1) && before2 !== undefined && startsUpper(before2)
    const nextInCapitals = wordInCapitals(afters[l])
    const key = Number(previousInCapitals) | Number(previousUpper) << 1 | Number(firstInName) << 2 | Number(nextInCapitals) << 3
    out.push(byContext[key] ??= readLine(line, {previousInCapitals, previousUpper, firstInName, nextInCapitals}))
    const lineWordList = words[l]!
    if (lineWordList.length >= 2) before2 = lineWordList[lineWordList.length - 2]
    else if (lineWordList.length === 1) before2 = before1
    if (lineWordList.length >= 1) before1 = lineWordList[lineWordList.length - 1]
  }
  return out
}

/** The key and form a phrase in small letters is recorded under (when some outlet capitalises it). */
export function lowerForm({word, next}: {word: string, next: string}): {key: string, form: string} {
  return {key: `~${word} ${next}`, form: `${word} ${next}`}
}

/** What `termNaming` reads of the words around a line: the last two before it, the first after it. */
interface Context {
  /** The word before is in capitals. */
  previousInCapitals: boolean
  /** The word before starts with a capital. */
  previousUpper: boolean
  /** The two words before are a capitalised word and a joiner ("Department of"). */
  firstInName: boolean
  /** The word after is in capitals. */
  nextInCapitals: boolean
}

/** Lines read (by their text, then the facts around them, as a number); at most `keptLines` texts are kept. */
const keptLines = 20000
const readLines = new Map<string, TermLine[]>()
const wordsByLine = new Map<string, {words: string[], starts: number[]}>()
const joinerWord = /^(?:of|on|and|for)$/

function lineWords(line: string): {words: string[], starts: number[]} {
  let found = wordsByLine.get(line)
  if (!found) {
    if (wordsByLine.size >= keptLines) wordsByLine.clear()
    wordsByLine.set(line, found = lettersWords(line))
  }
  return found
}

function readLine(line: string, context: Context): TermLine {
  const {words, starts} = lineWords(line)
  // A heading's capitals are title case, not spelling (the line is the whole text read here).
  const heading = isHeadingText(line)
  const pairs = new Uint8Array(words.length)
  const pairOf = (i: number) => {
    if (pairs[i] === 0) pairs[i] = 1 + pairCodes.indexOf(pairAt(line, words, starts, i, context, heading))
    return pairCodes[pairs[i]! - 1] as ReturnType<typeof pairAt>
  }
  const read = new ReadLine(words)
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const start = starts[i]!
    if (word.includes('-') && hyphenated(word)) read.joined.push(word.replace(/-/g, ''))
    if (startsUpper(word) && pairOf(i) === 'capitalised') read.capitalised.push(word.toLowerCase(), words[i + 1]!.toLowerCase())
    const lower = isAllLower(word)
    if (word.includes('-') && hyphenated(word) && !heading) read.events.push(new AddEvent(`-${word.replace(/-/g, '')}`, word))
    if (word.length >= 3 && startsUpper(word) && !word.includes('-') && !isSentenceStart(line, start) && !heading) {
      // Capitals in a run of capitals are shouting ("NO COLLUSION"), not the spelling of a name.
      const form = capitalForm(word)
      const besideCapitals = (i === 0 ? context.previousInCapitals : wordInCapitals(words[i - 1])) ||
        (i === words.length - 1 ? context.nextInCapitals : wordInCapitals(words[i + 1]))
      if ((form.upper && !besideCapitals) || form.capitalised) read.events.push(new AddEvent(form.key, word))
    }
    if (!lower && !startsUpper(word)) continue
    // A word of the next line is never one space after this one: no phrase.
    const next = words[i + 1]
    if (next === undefined) continue
    const pair = pairOf(i)
    if (pair === 'capitalised') read.events.push(new AddEvent(`~${word.toLowerCase()} ${next.toLowerCase()}`, `${word} ${next}`))
    else if (lower && pair === 'lower' && !heading) read.events.push(new LowerEvent(word, next))
  }
  return read
}

/** What a capitalised word is, read once per written form (a name recurs in every article). */
const capitalForms = new Map<string, {upper: boolean, capitalised: boolean, key: string}>()
function capitalForm(word: string): {upper: boolean, capitalised: boolean, key: string} {
  let form = capitalForms.get(word)
  if (!form) {
    if (capitalForms.size >= keptLines) capitalForms.clear()
    capitalForms.set(word, form = {upper: word === word.toUpperCase(), capitalised: isCapitalised(word), key: `^${word.toLowerCase()}`})
  }
  return form
}

/** A word of two letters or more in capitals (`other === other.toUpperCase()`, with no upper-case copy of a word in small letters). */
function wordInCapitals(other: string | undefined): boolean {
  return other !== undefined && other.length > 1 && inCapitals(other, 0, other.length)
}

/**
 * Whether the word at `i` and the next make a phrase to compare: two words apart
 * from any name, both capitalised and written so ('capitalised'), both in lower
 * case ('lower'), or neither (null). `heading`: the line is a heading.
 */
function pairAt(text: string, words: readonly string[], starts: readonly number[], i: number, context: Context, heading: boolean): 'capitalised' | 'lower' | null {
  const word = words[i]!
  const start = starts[i]!
  const next = words[i + 1]
  const nextStart = starts[i + 1]!
  // Cheapest tests first: many pairs end at a short word ("of", "to") before any set is looked up.
  if (next === undefined || word.length < 3 || next.length < 3 || !oneSpace(text, start + word.length, nextStart) || word.includes('-') || next.includes('-')) return null
  if (notNames.has(word.toLowerCase()) || notNames.has(next.toLowerCase())) return null
  const before = words[i - 1]
  const after = words[i + 2]
  const runsOn = (before !== undefined && startsUpper(before) && oneSpace(text, starts[i - 1]! + before.length, start)) ||
    (after !== undefined && startsUpper(after) && oneSpace(text, nextStart + next.length, starts[i + 2]!))
  // Inside a body's name ("Department of Coastal Works") the capitals are the name's.
  // (Across a line's start the words around it tell: `context`.)
  const inName = before === undefined ? i === 0 && context.firstInName
    : joinerWord.test(before) && (i >= 2 ? startsUpper(words[i - 2]!) : context.previousUpper)
  if (runsOn || (isCapitalised(word) && inName)) return null
  const capitalised = startsUpper(word) && isCapitalised(word) && (isAllLower(next) || isCapitalised(next))
  if (capitalised && !isSentenceStart(text, start) && !heading) return 'capitalised'
  return isAllLower(word) && isAllLower(next) ? 'lower' : null
}

/** Whether `text` from `from` to `to` is one space (`text.slice(from, to) === ' '`, without the slice). */
function oneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32
}

/** `pairAt` answers by code, kept per word of a line: 0 when not yet asked. */
const pairCodes = [null, 'capitalised', 'lower'] as const

/*
 * A line's reading and its events are kept for the whole story (`readLines`), so they
 * are made by constructors and `newList`, which V8 does not track by allocation site:
 * made by literals, they were moved to old space mid-story and `readLine`'s compiled
 * code thrown away (see packed-map.ts). Each is a plain object with the literal's keys
 * in the literal's order.
 */

const ReadLine = function (this: TermLine, words: readonly string[]) {
  this.joined = newList<string>()
  this.words = words
  this.capitalised = newList<string>()
  this.events = newList<TermEvent>()
} as unknown as new (words: readonly string[]) => TermLine
ReadLine.prototype = Object.prototype

type AddEvent = Extract<TermEvent, {kind: 'add'}>
const AddEvent = function (this: AddEvent, key: string, form: string) {
  this.kind = 'add'
  this.key = key
  this.form = form
} as unknown as new (key: string, form: string) => AddEvent
AddEvent.prototype = Object.prototype

type LowerEvent = Extract<TermEvent, {kind: 'lower'}>
const LowerEvent = function (this: LowerEvent, word: string, next: string) {
  this.kind = 'lower'
  this.word = word
  this.next = next
} as unknown as new (word: string, next: string) => LowerEvent
LowerEvent.prototype = Object.prototype
