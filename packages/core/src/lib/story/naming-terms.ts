import {titleHeads} from '../entities/titles.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {isAllLower, startsUpper} from './letter-case.js'
import {formFiles, type FormsByKey, type NamingText} from './naming-text.js'
import {termLines, type TermEvent, type TermLine} from './term-lines.js'
import type {NamingEntry} from './types.js'
import {packedMap} from '../packed-map.js'
import {addTo} from '../push-to.js'

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
  // The work per line, per text and per form is in small functions called for each,
  // not in loops of this one: the engine compiles a small function that runs many
  // times at once and uses it for the next call, where long loops here made it
  // compile this whole function mid-story, for a next call a story's compare never makes.
  const forms: FormsByKey = new Map()
  const read = packedMap(texts, ({file, text}) => ({file, lines: termLines(text)}))
  // A phrase in lower case is listed only beside the same phrase capitalised, and a
  // closed-up word only beside its hyphenated form: both are found first (in each
  // distinct line object `termLines` gives), so that the run over every word records
  // no other phrase or word.
  const distinct = new Set<TermLine>()
  for (let t = 0; t < read.length; t++) addLines(distinct, read[t]!.lines)
  const capitalisedPairs = new Map<string, Set<string>>()
  const joinedWords = new Set<string>()
  for (const line of distinct) addPairs(line, capitalisedPairs, joinedWords)
  const closed = new Map<string, Set<string>>()
  // Outlets share lines: what a line records is sifted once, into the sets of files its
  // forms go to (made in the order the forms are first met), and each file that has
  // the line joins those sets.
  const sifted = new Map<TermLine, ReadonlyArray<Set<string>>>()
  const siftLine = (line: TermLine) => fileSets(sift(line, capitalisedPairs, joinedWords), forms, closed)
  for (let t = 0; t < read.length; t++) addFile(read[t]!, sifted, siftLine)
  const entries: NamingEntry[] = []
  for (const [key, map] of forms) {
    const entry = termEntry(key, map, closed, `t${entries.length + 1}`)
    if (entry) entries.push(entry)
  }
  return entries
}

function addLines(distinct: Set<TermLine>, lines: readonly TermLine[]): void {
  for (let l = 0; l < lines.length; l++) distinct.add(lines[l]!)
}

/** Record a line's capitalised phrases (first and second word) and its hyphenated words closed up. */
function addPairs({joined, capitalised}: TermLine, capitalisedPairs: Map<string, Set<string>>, joinedWords: Set<string>): void {
  for (let k = 0; k < joined.length; k++) joinedWords.add(joined[k]!)
  for (let k = 0; k < capitalised.length; k += 2) addTo(capitalisedPairs, capitalised[k]!, capitalised[k + 1]!)
}

/** Add one text's file to the sets of files of what each of its lines records (each line sifted once: `siftLine`). */
function addFile({file, lines}: {file: string, lines: readonly TermLine[]}, sifted: Map<TermLine, ReadonlyArray<Set<string>>>,
  siftLine: (line: TermLine) => ReadonlyArray<Set<string>>): void {
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!
    let sets = sifted.get(line)
    if (!sets) sifted.set(line, sets = siftLine(line))
    for (let k = 0; k < sets.length; k++) sets[k]!.add(file)
  }
}

/** The entry of one term's forms (`map`, with a hyphenated word's closed-up form added from `closed`), or null. */
function termEntry(key: string, map: Map<string, Set<string>>, closed: ReadonlyMap<string, Set<string>>, id: string): NamingEntry | null {
  if (key.startsWith('-')) {
    const joined = key.slice(1)
    if (closed.has(joined)) map.set(joined, closed.get(joined)!)
  }
  if (key.startsWith('^') && ![...map.keys()].some((form) => form.length > 1 && form === form.toUpperCase())) return null
  if (key.startsWith('~') && !(map.has(key.slice(1)) && [...map.keys()].some((form) => startsUpper(form)))) return null
  // A title capitalised before a verb ("the President said") is house style for the title, listed with its person, not a term.
  if (key.startsWith('~') && titleHeads.has(key.slice(1).split(' ')[0]!) && [...map.keys()].every((form) => isAllLower(form.split(' ')[1]!))) return null
  if (map.size < 2) return null
  // The forms must come from different outlets: one outlet's own inconsistency is not a difference between outlets.
  const files = new Set([...map.values()].flatMap((set) => [...set]))
  if (files.size < 2) return null
  const name = [...map].sort((a, b) => b[1].size - a[1].size)[0]![0]
  const variants = classifyVariants(name, [...map].map(([form, used]) => ({form, files: [...used]})))
  return {entity: id, name, kind: 'term', kinds: kindsOf(variants), variants, titles: []}
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
