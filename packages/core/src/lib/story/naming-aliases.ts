import {classifyVariants, kindsOf} from './naming-kinds.js'
import type {NamingText} from './naming-text.js'
import type {NamingEntry} from './types.js'

/** A capitalised name of two to eight words, with "of", "and", "for", "the" inside ("Bank of Marle", "Treaty for the Varik Basin"). */
const name = String.raw`\p{Lu}[\p{L}\p{N}’'.&-]*(?: +(?:(?:of|and|for|the|on) +)?\p{Lu}[\p{L}\p{N}’'.&-]*){1,7}`

/**
 * A text that says two names are one thing: "the Marle Accord, which the council has
 * renamed the Varik Compact", "the Riverton Fund, now known as the Harbour Trust",
 * "the Salt Board, formerly called the Salt Office". The alias must follow its name
 * within the clause, with no other comma between them.
 */
const aliasPatterns = [
  new RegExp(String.raw`(${name}),\s+(?:which|who)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:rebranded|renamed)\s+(?:(?:it|them)\s+)?(?:as\s+)?(?:the\s+)?(${name})`, 'gu'),
  new RegExp(String.raw`(${name}),\s+(?:now|formerly|previously|also|officially)\s+(?:known\s+as|called|named)\s+(?:the\s+)?(${name})`, 'gu')
]

/** Capitalised words a sentence may open with that belong to no name. */
const openers = /^(?:The|A|An|In|On|At|But|And|Under|After|Before|Since|With)\s+/u

/**
 * Naming entries for aliases an outlet spells out: one thing given two names in one
 * sentence ("X, which Y has renamed Z", "X, now known as Z"). Unlike other naming
 * entries these may come from one outlet: the outlet itself says the names are one.
 * The same pair in several outlets is one entry with all their files.
 */
export function aliasNaming(texts: readonly NamingText[]): NamingEntry[] {
  const pairs = new Map<string, Map<string, Set<string>>>()
  for (const {file, text} of texts) {
    for (const pattern of aliasPatterns) {
      for (const match of text.matchAll(pattern)) {
        const first = cut(match[1]!.replace(openers, ''))
        // "also known as ISIS and ISIL": two aliases.
        const others = cut(match[2]!).split(/ and (?=\p{Lu})/u).filter((other) => other.toLowerCase() !== first.toLowerCase())
        if (first.split(/\s+/).length < 2 || others.length === 0) continue
        const key = [first, ...others].map((form) => form.toLowerCase()).sort().join('\u0000')
        let forms = pairs.get(key)
        if (!forms) pairs.set(key, forms = new Map())
        for (const form of [first, ...others]) {
          let files = forms.get(form)
          if (!files) forms.set(form, files = new Set())
          files.add(file)
        }
      }
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
