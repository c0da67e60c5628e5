import {notNames} from '../entities/common-words.js'
import {titleHeads} from '../entities/titles.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {isAllLower, isCapitalised, lettersWords, startsUpper} from './letter-case.js'
import {addForm, isHeadingLine, isWrittenCapital, type FormsByKey, type NamingText} from './naming-text.js'
import type {NamingEntry} from './types.js'

/** A word of small letters joined by hyphens ("re-open"). */
const hyphenated = (word: string) => /^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u.test(word)

/**
 * Whether the word at `i` and the next make a phrase to compare: two words apart
 * from any name, both capitalised and written so ('capitalised'), both in lower
 * case ('lower'), or neither (null).
 */
function pairAt(text: string, words: readonly string[], starts: readonly number[], i: number): 'capitalised' | 'lower' | null {
  const word = words[i]!
  const start = starts[i]!
  const next = words[i + 1]
  const nextStart = starts[i + 1]!
  if (next === undefined || !oneSpace(text, start + word.length, nextStart) || word.includes('-') || next.includes('-')) return null
  if (notNames.has(word.toLowerCase()) || notNames.has(next.toLowerCase()) || word.length < 3 || next.length < 3) return null
  const before = words[i - 1]
  const after = words[i + 2]
  const runsOn = (before !== undefined && startsUpper(before) && oneSpace(text, starts[i - 1]! + before.length, start)) ||
    (after !== undefined && startsUpper(after) && oneSpace(text, nextStart + next.length, starts[i + 2]!))
  // Inside a body's name ("Department of Coastal Works") the capitals are the name's.
  const inName = before !== undefined && /^(?:of|on|and|for)$/.test(before) && words[i - 2] !== undefined && startsUpper(words[i - 2]!)
  if (runsOn || (isCapitalised(word) && inName)) return null
  const capitalised = startsUpper(word) && isCapitalised(word) && (isAllLower(next) || isCapitalised(next))
  if (capitalised && isWrittenCapital(text, start)) return 'capitalised'
  return isAllLower(word) && isAllLower(next) ? 'lower' : null
}

/** Whether `text` from `from` to `to` is one space (`text.slice(from, to) === ' '`, without the slice). */
function oneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32
}

/** `pairAt` answers by code, kept per word of a text: 0 when not yet asked. */
const pairCodes = [null, 'capitalised', 'lower'] as const

/**
 * Words and short phrases, not names of people or bodies, that the outlets
 * capitalise or hyphenate differently: a word in capitals in one outlet and with
 * one capital in another ("NOVA" / "Nova"); two words capitalised in one and in
 * lower case in another ("Executive Branch" / "executive branch", "Cabinet meeting" /
 * "cabinet meeting"); a word hyphenated in one and closed up in another ("re-open" /
 * "reopen"). Only capitals written mid-sentence in running text count, never those
 * a sentence or headline start imposes, nor a phrase that runs on into a name
 * ("Special Counsel Jane Roe"), nor phrases with function words ("the", "said"), nor
 * a title whose capital alone differs before a common word ("President made").
 */
export function termNaming(texts: readonly NamingText[]): NamingEntry[] {
  const forms: FormsByKey = new Map()
  const add = (key: string, form: string, file: string) => addForm(forms, key, form, file)
  // Each text's `pairAt` answers, kept from the first run for the second (1 + their index in `pairCodes`).
  const read = texts.map(({file, text}) => {
    const {words, starts} = lettersWords(text)
    return {file, text, words, starts, pairs: new Uint8Array(words.length)}
  })
  const pairOf = (text: string, words: readonly string[], starts: readonly number[], pairs: Uint8Array, i: number) => {
    if (pairs[i] === 0) pairs[i] = 1 + pairCodes.indexOf(pairAt(text, words, starts, i))
    return pairCodes[pairs[i]! - 1] as ReturnType<typeof pairAt>
  }
  // A phrase in lower case is listed only beside the same phrase capitalised, and a
  // closed-up word only beside its hyphenated form: both are found first, so that
  // the run over every word records no other phrase or word.
  const capitalisedPairs = new Map<string, Set<string>>()
  const joinedWords = new Set<string>()
  for (const {text, words, starts, pairs} of read) {
    words.forEach((word, i) => {
      if (word.includes('-') && hyphenated(word)) joinedWords.add(word.replace(/-/g, ''))
      if (startsUpper(word) && pairOf(text, words, starts, pairs, i) === 'capitalised') {
        const first = word.toLowerCase()
        if (!capitalisedPairs.has(first)) capitalisedPairs.set(first, new Set())
        capitalisedPairs.get(first)!.add(words[i + 1]!.toLowerCase())
      }
    })
  }
  // What a capitalised word is, read once per written form (a name recurs in every article).
  const capitalForms = new Map<string, {upper: boolean, capitalised: boolean, key: string}>()
  const capitalForm = (word: string) => {
    let form = capitalForms.get(word)
    if (!form) capitalForms.set(word, form = {upper: word === word.toUpperCase(), capitalised: isCapitalised(word), key: `^${word.toLowerCase()}`})
    return form
  }
  const upperWords = new Map<string, boolean>()
  const inCapitals = (other: string | undefined) => {
    if (!other || other.length <= 1) return false
    let upper = upperWords.get(other)
    if (upper === undefined) upperWords.set(other, upper = other === other.toUpperCase())
    return upper
  }
  const closed = new Map<string, Set<string>>()
  for (const {file, text, words, starts, pairs} of read) {
    words.forEach((word, i) => {
      const start = starts[i]!
      const lower = isAllLower(word)
      if (lower && joinedWords.has(word)) {
        if (!closed.has(word)) closed.set(word, new Set())
        closed.get(word)!.add(file)
      }
      if (word.includes('-') && hyphenated(word) && !isHeadingLine(text, start)) add(`-${word.replace(/-/g, '')}`, word, file)
      if (word.length >= 3 && startsUpper(word) && !word.includes('-') && isWrittenCapital(text, start)) {
        // Capitals in a run of capitals are shouting ("NO COLLUSION"), not the spelling of a name.
        const form = capitalForm(word)
        if ((form.upper && !inCapitals(words[i - 1]) && !inCapitals(words[i + 1])) || form.capitalised) add(form.key, word, file)
      }
      if (!lower && !startsUpper(word)) return
      const next = words[i + 1]
      if (lower && !(next && capitalisedPairs.get(word)?.has(next))) return
      const pair = pairOf(text, words, starts, pairs, i)
      if (pair === 'capitalised') add(`~${word.toLowerCase()} ${next!.toLowerCase()}`, `${word} ${next}`, file)
      else if (pair === 'lower' && !isHeadingLine(text, start)) add(`~${word} ${next}`, `${word} ${next}`, file)
    })
  }
  const entries: NamingEntry[] = []
  for (const [key, map] of forms) {
    if (key.startsWith('-')) {
      const joined = key.slice(1)
      if (closed.has(joined)) map.set(joined, closed.get(joined)!)
    }
    if (key.startsWith('^') && ![...map.keys()].some((form) => form.length > 1 && form === form.toUpperCase())) continue
    if (key.startsWith('~') && !(map.has(key.slice(1)) && [...map.keys()].some((form) => startsUpper(form)))) continue
    // A title capitalised before a verb ("the President said") is house style for the title, listed with its person, not a term.
    if (key.startsWith('~') && titleHeads.has(key.slice(1).split(' ')[0]!) && [...map.keys()].every((form) => isAllLower(form.split(' ')[1]!))) continue
    if (map.size < 2) continue
    // The forms must come from different outlets: one outlet's own inconsistency is not a difference between outlets.
    const files = new Set([...map.values()].flatMap((set) => [...set]))
    if (files.size < 2) continue
    const name = [...map].sort((a, b) => b[1].size - a[1].size)[0]![0]
    const variants = classifyVariants(name, [...map].map(([form, used]) => ({form, files: [...used]})))
    entries.push({entity: `t${entries.length + 1}`, name, kind: 'term', kinds: kindsOf(variants), variants, titles: []})
  }
  return entries
}
