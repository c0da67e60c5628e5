import {titleHeads} from '../entities/titles.js'
import {classifyVariants, kindsOf} from './naming-kinds.js'
import {isAllLower, startsUpper} from './letter-case.js'
import {formFiles, type FormsByKey, type NamingText} from './naming-text.js'
import {lowerForm, termLines, type TermLine} from './term-lines.js'
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
  // Each distinct line's forms are sifted once, in the order the lines are first met
  // (the order forms and keys are listed in). Files are gathered only for the terms
  // that can make an entry (two forms or more, of the kinds listed): most forms are
  // written one way only, and a set of files for each was most of this step's work.
  const closed = new Map<string, Set<string>>()
  const lines = [...distinct]
  const sifted = packedMap(lines, (line) => sift(line, capitalisedPairs, joinedWords))
  for (let l = 0; l < sifted.length; l++) addForms(sifted[l]!, forms, closed)
  const candidates = new Set<string>()
  for (const [key, map] of forms) if (mayListTerm(key, map, closed)) candidates.add(key)
  const setsOf = new Map<TermLine, ReadonlyArray<Set<string>>>()
  for (let l = 0; l < lines.length; l++) setsOf.set(lines[l]!, fileSets(sifted[l]!, forms, closed, candidates))
  for (let t = 0; t < read.length; t++) addFile(read[t]!, setsOf)
  const entries: NamingEntry[] = []
  for (const key of candidates) {
    const entry = termEntry(key, forms.get(key)!, `t${entries.length + 1}`)
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

/** Record what a line records: its forms under their keys (`forms`), its closed-up words (`closed`), each with an empty set of files. */
function addForms({adds, closed: words}: Sifted, forms: FormsByKey, closed: Map<string, Set<string>>): void {
  for (let k = 0; k < adds.length; k++) formFiles(forms, adds[k]!.key, adds[k]!.form)
  for (let k = 0; k < words.length; k++) if (!closed.has(words[k]!)) closed.set(words[k]!, new Set())
}

/** Add one text's file to the sets of files of what each of its lines records (`setsOf`). */
function addFile({file, lines}: {file: string, lines: readonly TermLine[]}, setsOf: ReadonlyMap<TermLine, ReadonlyArray<Set<string>>>): void {
  for (let l = 0; l < lines.length; l++) {
    const sets = setsOf.get(lines[l]!)!
    for (let k = 0; k < sets.length; k++) sets[k]!.add(file)
  }
}

/**
 * Whether a term's forms (`map`) may make an entry, by the forms alone: a hyphenated
 * word's closed-up form is added to them from `closed` here. An entry needs two forms
 * or more; a word in capitals beside another spelling (`^`); a phrase in small
 * letters beside it capitalised (`~`), not a title before a verb.
 */
function mayListTerm(key: string, map: Map<string, Set<string>>, closed: ReadonlyMap<string, Set<string>>): boolean {
  if (key.startsWith('-')) {
    const joined = key.slice(1)
    if (closed.has(joined)) map.set(joined, closed.get(joined)!)
  }
  if (key.startsWith('^') && ![...map.keys()].some((form) => form.length > 1 && form === form.toUpperCase())) return false
  if (key.startsWith('~') && !(map.has(key.slice(1)) && [...map.keys()].some((form) => startsUpper(form)))) return false
  // A title capitalised before a verb ("the President said") is house style for the title, listed with its person, not a term.
  if (key.startsWith('~') && titleHeads.has(key.slice(1).split(' ')[0]!) && [...map.keys()].every((form) => isAllLower(form.split(' ')[1]!))) return false
  return map.size >= 2
}

/** The entry of one term (`map`: its forms, each with its files, `mayListTerm`), or null when one file alone writes them. */
function termEntry(key: string, map: Map<string, Set<string>>, id: string): NamingEntry | null {
  // The forms must come from different outlets: one outlet's own inconsistency is not a difference between outlets.
  const files = new Set([...map.values()].flatMap((set) => [...set]))
  if (files.size < 2) return null
  const name = [...map].sort((a, b) => b[1].size - a[1].size)[0]![0]
  const variants = classifyVariants(name, [...map].map(([form, used]) => ({form, files: [...used]})))
  return {entity: id, name, kind: 'term', kinds: kindsOf(variants), variants, titles: []}
}

/** What a line records that may be listed (`candidates`): the sets of files of its forms (`forms`), then of its closed-up words (`closed`). */
function fileSets({adds, closed: words}: Sifted, forms: FormsByKey, closed: ReadonlyMap<string, Set<string>>, candidates: ReadonlySet<string>): ReadonlyArray<Set<string>> {
  let sets: Array<Set<string>> | null = null
  for (let k = 0; k < adds.length; k++) {
    const {key, form} = adds[k]!
    if (candidates.has(key)) (sets ??= []).push(forms.get(key)!.get(form)!)
  }
  for (let k = 0; k < words.length; k++) if (candidates.has(`-${words[k]!}`)) (sets ??= []).push(closed.get(words[k]!)!)
  return sets ?? noSets
}

const noSets: ReadonlyArray<Set<string>> = []

/** What a line records (`sift`): its forms, then its closed-up words. */
interface Sifted {
  adds: Array<{key: string, form: string}>
  closed: string[]
}

/**
 * What a line records: its forms as they are, its phrases in small letters that some
 * outlet capitalises (`capitalisedPairs`), and its words that are some outlet's
 * hyphenated word closed up (`joinedWords`), in the line's order.
 */
function sift({events, words}: TermLine, capitalisedPairs: ReadonlyMap<string, ReadonlySet<string>>, joinedWords: ReadonlySet<string>): Sifted {
  const adds: Array<{key: string, form: string}> = []
  for (const event of events) {
    if (event.kind === 'add') adds.push(event)
    else if (capitalisedPairs.get(event.word)?.has(event.next)) adds.push(lowerForm(event))
  }
  const closed: string[] = []
  if (joinedWords.size > 0) for (const word of words) if (joinedWords.has(word)) closed.push(word)
  return {adds, closed}
}
