import {classifyVariants, kindsOf} from './naming-kinds.js'
import {addForm, type FormsByKey, type NamingText} from './naming-text.js'
import type {NamingEntry} from './types.js'

/** A capitalised name of two to eight words, with "of", "and", "for", "the" inside ("Bank of Marle", "Treaty for the Varik Basin"). */
const name = String.raw`\p{Lu}[\p{L}\p{N}’'.&-]*(?: +(?:(?:of|and|for|the|on) +)?\p{Lu}[\p{L}\p{N}’'.&-]*){1,7}`

/** What stands between a name and the name it is given after it: "…, which the council has renamed the …", "…, now known as …". */
const aliasJoints = [
  String.raw`,\s+(?:which|who)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:rebranded|renamed)\s+(?:(?:it|them)\s+)?(?:as\s+)?(?:the\s+)?`,
  String.raw`,\s+(?:now|formerly|previously|also|officially)\s+(?:known\s+as|called|named)\s+(?:the\s+)?`
]

/**
 * A text that says two names are one thing: "the Marle Accord, which the council has
 * renamed the Varik Compact", "the Riverton Fund, now known as the Harbour Trust",
 * "the Salt Board, formerly called the Salt Office". The alias must follow its name
 * within the clause, with no other comma between them. `needs` is the joint before a
 * capital, which every match holds: tried at every capital of a window, `pattern`
 * backtracks through each name it meets, so it runs only where the joint is written.
 */
const aliasPatterns: ReadonlyArray<{pattern: RegExp, needs: RegExp}> = aliasJoints.map((joint) => ({
  pattern: new RegExp(`(${name})${joint}(${name})`, 'gu'),
  needs: new RegExp(`${joint}\\p{Lu}`, 'u')
}))

/** The words an alias needs: a quick scan finds where the patterns may match. */
const triggers = /(?<![\p{L}])(?:rebranded|renamed|known as|called|named)(?![\p{L}])/gu
/** Characters read before and after a trigger: a name and its clause fit in them. */
const beforeTrigger = 160
const afterTrigger = 120

/** Where the window before a trigger starts: at a word's start, so no name is read from its middle. */
function windowStart(text: string, at: number): number {
  if (at <= beforeTrigger) return 0
  const space = text.indexOf(' ', at - beforeTrigger)
  return space < 0 || space >= at ? at - beforeTrigger : space + 1
}

/** Capitalised words a sentence may open with that belong to no name. */
const openers = /^(?:The|A|An|In|On|At|But|And|Under|After|Before|Since|With)\s+/u

/**
 * Naming entries for aliases an outlet spells out: one thing given two names in one
 * sentence ("X, which Y has renamed Z", "X, now known as Z"). Unlike other naming
 * entries these may come from one outlet: the outlet itself says the names are one.
 * The same pair in several outlets is one entry with all their files.
 */
export function aliasNaming(texts: readonly NamingText[]): NamingEntry[] {
  const pairs: FormsByKey = new Map()
  // Outlets repeat sentences (wire copy, rewrites): each window of text is read once, its aliases recorded for every file.
  const known = new Map<string, readonly Alias[]>()
  for (const {file, text} of texts) {
    // The patterns run only around the words they need ("renamed", "known as"), not over every text.
    for (const trigger of text.matchAll(triggers)) {
      const window = text.slice(windowStart(text, trigger.index), trigger.index + afterTrigger)
      let aliases = known.get(window)
      if (!aliases) known.set(window, aliases = readAliases(window))
      for (const {key, form} of aliases) addForm(pairs, key, form, file)
    }
  }
  const entries: NamingEntry[] = []
  for (const forms of pairs.values()) {
    const name = [...forms.keys()][0]!
    const variants = classifyVariants(name, [...forms].map(([form, used]) => ({form, files: [...used].sort()})))
    entries.push({entity: `a${entries.length + 1}`, name, kind: 'term', kinds: kindsOf(variants), variants, titles: []})
  }
  return entries
}

/** A name up to the end of its sentence ("Harbour Classic. Under" is "Harbour Classic"), without a final period. */
function cut(form: string): string {
  return form.split(/\.\s/)[0]!.replace(/\.$/, '')
}

/** One name of an alias pair as a window spells it, under the key of its pair (their lower-case forms joined). */
interface Alias {
  key: string
  form: string
}

/** The aliases a window of text spells out, in the order they are written. */
function readAliases(text: string): Alias[] {
  const found: Alias[] = []
  for (const {pattern, needs} of aliasPatterns) {
    if (!needs.test(text)) continue
    for (const match of text.matchAll(pattern)) {
      const first = cut(match[1]!.replace(openers, ''))
      // "also known as ISIS and ISIL": two aliases.
      const others = cut(match[2]!).split(/ and (?=\p{Lu})/u).filter((other) => other.toLowerCase() !== first.toLowerCase())
      if (first.split(/\s+/).length < 2 || others.length === 0) continue
      const key = [first, ...others].map((form) => form.toLowerCase()).sort().join('\u0000')
      for (const form of [first, ...others]) found.push({key, form})
    }
  }
  return found
}
