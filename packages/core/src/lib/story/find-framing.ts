import {escapeRegExp} from '../escape-reg-exp.js'
import type {Stance, StanceCue} from '../claims/types.js'
import type {Article} from '../types.js'
import {loadedTerms} from './loaded-terms.js'
import {wholeWordFinder} from './loaded-scan.js'
import type {FramingEntry, StoryClaim} from './types.js'

const findLoaded = wholeWordFinder([...loadedTerms].sort((a, b) => b.length - a.length).map((term) => escapeRegExp(term).replace(/ /g, '\\s+')).join('|'),
  loadedTerms.map((term) => term[0] ?? ''))

/**
 * The words each outlet frames the story with: the hedges and denials its claims
 * carry ("alleged", "complete fabrication"), and loaded terms in its story text
 * ("regime", "terrorist attack", "acting President"), with how many of its claims
 * take each stance.
 */
export function findFraming(items: ReadonlyArray<{file: string, article: Article, claims: readonly StoryClaim[]}>, cuesOf: (claim: StoryClaim) => readonly StanceCue[]): FramingEntry[] {
  // Loaded words hang on a sentence's text alone: copies of a sentence across outlets are scanned once.
  const loadedIn = new Map<string, ReturnType<typeof findLoaded>>()
  // Each article in a module function (a closure made per story here was compiled anew
  // for each large one).
  return items.map(framingOf, {loadedIn, cuesOf})
}

/** What `framingOf` reads besides the article. */
interface Framing {
  loadedIn: Map<string, ReturnType<typeof findLoaded>>
  cuesOf: (claim: StoryClaim) => readonly StanceCue[]
}

/** One article's hedges, denials and loaded words, in order, and its claims by stance. */
function framingOf(this: Framing, {file, article, claims}: {file: string, article: Article, claims: readonly StoryClaim[]}): FramingEntry {
  const {loadedIn, cuesOf} = this
  const terms: FramingEntry['terms'] = []
  const seen = new Set<string>()
  for (const claim of claims) for (const cue of cuesOf(claim)) if (cue.kind === 'hedge' || cue.kind === 'denial') addTerm(terms, seen, file, article, cue.start, cue.end, cue.kind)
  for (const sentence of article.sentences) {
    let found = loadedIn.get(sentence.text)
    if (!found) loadedIn.set(sentence.text, found = findLoaded(sentence.text))
    for (const match of found) addTerm(terms, seen, file, article, sentence.start + match.index, sentence.start + match.index + match.text.length, 'loaded')
  }
  terms.sort((a, b) => a.start - b.start)
  const stances: Record<Stance, number> = {asserted: 0, attributed: 0, hedged: 0, denied: 0}
  for (const claim of claims) stances[claim.stance]++
  return {file, terms, stances}
}

/** A term of the article, unless one with the same span is listed already. */
function addTerm(terms: FramingEntry['terms'], seen: Set<string>, file: string, article: Article, start: number, end: number, kind: 'hedge' | 'denial' | 'loaded'): void {
  const key = `${start}:${end}`
  if (seen.has(key)) return
  seen.add(key)
  terms.push({file, article: article.id, start, end, text: article.text.slice(start, end), kind})
}
