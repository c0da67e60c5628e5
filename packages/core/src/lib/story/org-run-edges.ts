import {genderOfGivenName} from '../entities/given-name-gender.js'
import {orgWords} from '../entities/org-words.js'
import {titleHeads} from '../entities/titles.js'
import {calendarWords} from './event-words.js'

/** Small words that may join the parts of a body's name ("Department of Justice", "Committee on Harbors and Reform"). */
export const joiners: ReadonlySet<string> = new Set(['of', 'on', 'and', 'for', 'the'])
/** Abbreviations that open a name and end in a period without ending the sentence ("St. Brigid's Chapel", "Mt. Olwen College"). */
export const placeTitles: ReadonlySet<string> = new Set(['St.', 'Ste.', 'Mt.', 'Ft.'])
/** Function words that open a sentence, capitalised, before a body's name: articles, prepositions, conjunctions. */
const leadingWords: ReadonlySet<string> = new Set(['the', 'a', 'an', 'as', 'on', 'in', 'at', 'by', 'for', 'from', 'with', 'to', 'and', 'but',
  'or', 'if', 'when', 'while', 'after', 'before', 'since', 'between', 'against', 'over', 'into', 'about', 'during', 'under', 'until',
  'because', 'although', 'though', 'unlike', 'like', 'despite', 'through', 'via', 'per', 'than', 'so', 'yet', 'among', 'amongst', 'amid',
  'across', 'around', 'toward', 'towards', 'within', 'without', 'upon', 'throughout', 'both', 'either', 'neither'])

/** One word of a run of capitalised words, at its offset in the line. */
export interface RunWord {
  word: string
  start: number
}

/**
 * Cut a run of capitalised words to the body's name it may hold: not the words after
 * a possessive that hold no body word, not a person after "and", not a joiner at its end, not a function word
 * opening the sentence, not a day or month owning the name.
 */
export function trimRun(run: RunWord[]): void {
  dropPersonAfterAnd(run)
  dropAfterPossessive(run)
  while (run.length > 0 && joiners.has(run[run.length - 1]!.word)) run.pop()
  // A capitalised function word opening the sentence is no part of the name ("On Ledger News’ show", "As The Ledger wrote").
  while (run.length > 0 && leadingWords.has(run[0]!.word.toLowerCase())) run.shift()
  // "the D.C.-based Harbor Institute": a word made with a participle ("-based", "-led") describes the body; it is no part of its name.
  if (run.length > 1 && /^[^-]+-\p{Ll}+ed$/u.test(run[0]!.word)) run.shift()
  // "July’s Harbor Gazette poll", "Tuesday’s Ledger": a day or month owning the name is no part of it.
  if (run.length > 1 && /[’']s$/.test(run[0]!.word) && calendarWords.has(run[0]!.word.slice(0, -2).toLowerCase())) run.shift()
}

/** A word of the run as the name writes it: an abbreviation or place title whole, another word without its stop and possessive. */
export function nameWord(item: RunWord): string {
  return /^(?:\p{Lu}\.)+$/u.test(item.word) || placeTitles.has(item.word) ? item.word : item.word.replace(/\.$/, '').replace(/[’']s$/, '')
}

/**
 * "the University of Avonlea and Tamsin Hale", "… and Professor Hale": a given name and a
 * surname, or a title and a name, after "and" are a person beside the body, not a field of its name.
 */
function dropPersonAfterAnd(run: RunWord[]): void {
  for (let k = 1; k < run.length - 2; k++) {
    if (run[k]!.word !== 'and') continue
    const next = run[k + 1]!.word
    if (titleHeads.has(next.toLowerCase()) || genderOfGivenName(next) !== null) {
      run.length = k
      return
    }
  }
}

/** "CBS News on Super" before "Tuesday": an "on" whose words after it hold no body word opens a time phrase, not the name. */
export function dropTimePhrase(run: Array<{word: string}>): void {
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
