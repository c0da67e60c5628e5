import {titleHeads} from '../entities/titles.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {isAllLower, startsUpper} from './letter-case.js'
import {formFiles, type FormsByKey, type NamingText} from './naming-text.js'
import {termLines, type TermEvent, type TermLine} from './term-lines.js'
import type {NamingEntry} from './types.js'
import {packedMap} from '../packed-map.js'

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
  const read = packedMap(texts, ({file, text}) => ({file, lines: termLines(text)}))
  // A phrase in lower case is listed only beside the same phrase capitalised, and a
  // closed-up word only beside its hyphenated form: both are found first, so that
  // the run over every word records no other phrase or word.
  const capitalisedPairs = new Map<string, Set<string>>()
  const joinedWords = new Set<string>()
  for (const {lines} of read) {
    for (const {joined, capitalised} of lines) {
      for (const word of joined) joinedWords.add(word)
      for (let k = 0; k < capitalised.length; k += 2) {
        let seconds = capitalisedPairs.get(capitalised[k]!)
        if (!seconds) capitalisedPairs.set(capitalised[k]!, seconds = new Set())
        seconds.add(capitalised[k + 1]!)
      }
    }
  }
  const closed = new Map<string, Set<string>>()
  // Outlets share lines, and `termLines` gives one object per line read: what a line
  // records is sifted once, into the sets of files its forms go to (made in the order
  // the forms are first met), and each file that has the line joins those sets.
  const sifted = new Map<TermLine, ReadonlyArray<Set<string>>>()
  for (const {file, lines} of read) {
    for (const line of lines) {
      let sets = sifted.get(line)
      if (!sets) sifted.set(line, sets = fileSets(sift(line, capitalisedPairs, joinedWords), forms, closed))
      for (const files of sets) files.add(file)
    }
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

/** The sets of files that what a line records goes to: its forms' (`forms`), then its closed-up words' (`closed`). */
function fileSets({adds, closed: words}: {adds: readonly TermEvent[], closed: readonly string[]}, forms: FormsByKey, closed: Map<string, Set<string>>): Array<Set<string>> {
  const sets = adds.map((event) => formFiles(forms, event.key, event.form))
  for (const word of words) {
    let files = closed.get(word)
    if (!files) closed.set(word, files = new Set())
    sets.push(files)
  }
  return sets
}

/**
 * What a line records: its forms as they are, its phrases in small letters that some
 * outlet capitalises (`capitalisedPairs`), and its words that are some outlet's
 * hyphenated word closed up (`joinedWords`), in the line's order.
 */
function sift({events, words}: TermLine, capitalisedPairs: ReadonlyMap<string, ReadonlySet<string>>, joinedWords: ReadonlySet<string>): {adds: TermEvent[], closed: string[]} {
  const adds: TermEvent[] = []
  for (const event of events) if (event.kind === 'add' || capitalisedPairs.get(event.word)?.has(event.next)) adds.push(event)
  const closed: string[] = []
  if (joinedWords.size > 0) for (const word of words) if (joinedWords.has(word)) closed.push(word)
  return {adds, closed}
}
