import {notNames} from '../entities/common-words.js'
import {titleHeads} from '../entities/titles.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {addForm, isHeadingLine, isWrittenCapital, type FormsByKey, type NamingText} from './naming-text.js'
import type {NamingEntry} from './types.js'

interface Token {
  word: string
  start: number
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].map((match) => ({word: match[0], start: match.index!}))
}

const isUpper = (word: string) => /^\p{Lu}/u.test(word)
const capitalisedAt = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word)
const isLower = (word: string) => /^\p{Ll}+$/u.test(word)

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
  const closed = new Map<string, Set<string>>()
  for (const {file, text} of texts) {
    const list = tokens(text)
    list.forEach((token, i) => {
      const {word, start} = token
      if (isLower(word)) {
        if (!closed.has(word)) closed.set(word, new Set())
        closed.get(word)!.add(file)
      }
      if (/^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u.test(word) && !isHeadingLine(text, start)) add(`-${word.replace(/-/g, '')}`, word, file)
      if (word.length >= 3 && !word.includes('-') && (isUpper(word)) && isWrittenCapital(text, start)) {
        // Capitals in a run of capitals are shouting ("NO COLLUSION"), not the spelling of a name.
        const shouted = [list[i - 1], list[i + 1]].some((other) => other && other.word.length > 1 && other.word === other.word.toUpperCase())
        if ((word === word.toUpperCase() && !shouted) || /^\p{Lu}\p{Ll}+$/u.test(word)) add(`^${word.toLowerCase()}`, word, file)
      }
      const next = list[i + 1]
      if (!next || text.slice(start + word.length, next.start) !== ' ' || word.includes('-') || next.word.includes('-')) return
      if (notNames.has(word.toLowerCase()) || notNames.has(next.word.toLowerCase()) || word.length < 3 || next.word.length < 3) return
      const before = list[i - 1]
      const after = list[i + 2]
      const runsOn = (before && isUpper(before.word) && text.slice(before.start + before.word.length, start) === ' ') ||
        (after && isUpper(after.word) && text.slice(next.start + next.word.length, after.start) === ' ')
      // Inside a body's name ("Department of Homeland Security") the capitals are the name's.
      const inName = before && /^(?:of|on|and|for)$/.test(before.word) && list[i - 2] !== undefined && isUpper(list[i - 2]!.word)
      if (runsOn || (capitalisedAt(word) && inName)) return
      const capitalised = isUpper(word) && /^\p{Lu}\p{Ll}+$/u.test(word) && (isLower(next.word) || /^\p{Lu}\p{Ll}+$/u.test(next.word))
      if (capitalised && isWrittenCapital(text, start)) add(`~${word.toLowerCase()} ${next.word.toLowerCase()}`, `${word} ${next.word}`, file)
      else if (isLower(word) && isLower(next.word) && !isHeadingLine(text, start)) add(`~${word} ${next.word}`, `${word} ${next.word}`, file)
    })
  }
  const entries: NamingEntry[] = []
  for (const [key, map] of forms) {
    if (key.startsWith('-')) {
      const joined = key.slice(1)
      if (closed.has(joined)) map.set(joined, closed.get(joined)!)
    }
    if (key.startsWith('^') && ![...map.keys()].some((form) => form.length > 1 && form === form.toUpperCase())) continue
    if (key.startsWith('~') && !(map.has(key.slice(1)) && [...map.keys()].some((form) => isUpper(form)))) continue
    // A title capitalised before a verb ("the President said") is house style for the title, listed with its person, not a term.
    if (key.startsWith('~') && titleHeads.has(key.slice(1).split(' ')[0]!) && [...map.keys()].every((form) => isLower(form.split(' ')[1]!))) continue
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
