import type {Span} from '../types.js'
import {finiteAuxiliaries, irregularPasts} from './clause-words.js'
import {reportingVerbs} from './reporting-verbs.js'
import {dashAsides} from './dash-asides.js'

/** An aside that states a fact of its own about a name, set off by commas. */
export interface Aside extends Span {
  kind: 'appositive' | 'relative'
  /** The name (or noun phrase) the aside is about. */
  subject: Span
}

/** A capitalised name of one to four words ("Okafor", "Dana Okafor", "Riverton City Council"). */
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`
/** A word of a description's noun phrase: never a preposition or a conjunction, which would open another phrase. */
const nounWord = String.raw`(?!(?:with|by|of|for|to|in|on|at|from|about|and|or|into|over|after|before)\s)[\p{L}\d'’-]+`
/** The determiners a description opens with. */
const determiner = String.raw`(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`
/** A noun phrase a description opens with: a determiner and up to five words ("the fire chief", "a retired judge"). */
const description = String.raw`${determiner}\s+(?:${nounWord}\s+){0,4}${nounWord}`

/** "Okafor, who chairs the board," / "the bill, which passed in May,": the clause up to the next comma or the end. */
const relative = new RegExp(String.raw`(${name}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s+((?:who|which)\s+[^,;:()“”"]+?)(?=\s*(?:[,;:()—–]|$))`, 'gu')
/** "Lena Marsh, the fire chief,": a name, then a description closed by a comma. */
const appositiveAfter = new RegExp(String.raw`(${name}),\s+(${description}(?:\s+(?:of|for|at|in)\s+(?:the\s+)?${name})?),`, 'gu')
/**
 * What every "Lena Marsh, the fire chief," holds: `appositiveAfter` from its first
 * comma on. Most stretches with two commas have none, and are not read by
 * `appositiveAfter`, which tries a name at every capital; this one only starts at commas.
 */
const afterGate = new RegExp(String.raw`,\s+${description}(?:\s+(?:of|for|at|in)\s+(?:the\s+)?${name})?,`, 'u')
/** "The fire chief, Lena Marsh,": a description, then the name it describes closed by a comma. */
const appositiveBefore = new RegExp(String.raw`(${description}),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),`, 'gu')
/** What every "The fire chief, Lena Marsh," holds: `appositiveBefore` from its first comma on (a name of two words or more, closed by a comma). */
const beforeGate = /,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},/u

/** Capitalised words that open a sentence without being a name ("However, the mayor …"). */
const notNames = /^(?:however|meanwhile|still|instead|also|then|later|earlier|yesterday|today|moreover|separately|last|in|on|at|after|before|but|and|so|yet|now|thus|indeed|instead|besides|nonetheless|nevertheless|first|second|finally|\p{L}+ly)$/iu

/**
 * The asides of a stretch of one sentence that state a fact of their own: a stretch
 * between two dashes after a noun phrase (`dashAsides`: "Okafor — who chairs the
 * board — said"), a non-restrictive relative clause after a name or a noun phrase ("Okafor, who chairs
 * the board,"), and an appositive beside a name ("Lena Marsh, the fire chief," / "The
 * fire chief, Lena Marsh,"). An appositive holds no finite verb: "Okafor, the council
 * said, …" is a parenthetical attribution, not a description.
 */
export function findAsides(text: string, region: Span): Aside[] {
  const slice = text.slice(region.start, region.end)
  // Asides between dashes first: one holds any comma aside inside it ("— running 15 pages, and sent to the board —").
  const asides: Aside[] = dashAsides(text, region)
  // Every other aside is set off by a comma after a word: most stretches have none, and the patterns below are costly.
  if (!slice.includes(', ')) return asides
  const at = (index: number, length: number): Span => ({start: region.start + index, end: region.start + index + length})
  if (/,\s+(?:who|which)\s/.test(slice)) for (const m of slice.matchAll(relative)) {
    const subjectIndex = m.index
    if (isNotName(m[1]!)) continue
    asides.push({kind: 'relative', ...at(m.index + m[0].length - m[2]!.length, m[2]!.length), subject: at(subjectIndex, m[1]!.length)})
  }
  // An appositive is closed by a second comma.
  if (slice.indexOf(', ') === slice.lastIndexOf(', ')) return firstReadings(asides)
  if (afterGate.test(slice)) for (const m of slice.matchAll(appositiveAfter)) {
    if (isNotName(m[1]!) || hasFiniteVerb(m[2]!)) continue
    asides.push({kind: 'appositive', ...at(m.index + m[0].length - 1 - m[2]!.length, m[2]!.length), subject: at(m.index, m[1]!.length)})
  }
  if (beforeGate.test(slice)) for (const m of slice.matchAll(appositiveBefore)) {
    // The description must open its clause ("The fire chief, Lena Marsh, said"), not end a
    // phrase ("descriptions of the programs, Lena Marsh, …").
    if (!/(?:^|[,;:(—–]\s*)$/.test(slice.slice(0, m.index))) continue
    if (hasFiniteVerb(m[1]!) || isNotName(m[2]!)) continue
    asides.push({kind: 'appositive', ...at(m.index, m[1]!.length), subject: at(m.index + m[0].length - 1 - m[2]!.length, m[2]!.length)})
  }
  return firstReadings(asides)
}

/** One reading per stretch of text: the first found (between dashes, relatives, then appositives) wins; in text order. */
function firstReadings(asides: readonly Aside[]): Aside[] {
  const kept: Aside[] = []
  for (const aside of asides) if (!kept.some((k) => aside.start < k.end && k.start < aside.end)) kept.push(aside)
  return kept.sort((a, b) => a.start - b.start)
}

function isNotName(words: string): boolean {
  return notNames.test(words.trim().split(/\s+/)[0]!) && !/\s/.test(words.trim())
}

/** Whether a phrase holds a finite verb (an auxiliary, a reporting verb, a common irregular past). */
function hasFiniteVerb(phrase: string): boolean {
  return phrase.toLowerCase().split(/\s+/).some((w) => finiteAuxiliaries.has(w) || irregularPasts.has(w) || reportingVerbs.has(w))
}
