import {matchQuotes, type WordCounts} from './quote-match.js'
import {isExplicit, type QuoteRef} from './quote-refs.js'
import {packedMap} from '../packed-map.js'

/** Quotes that stand for their copies in grouping, and the copies each stands for (itself first). */
export interface QuoteUnits {
  representatives: QuoteRef[]
  copiesOf: ReadonlyMap<QuoteRef, readonly QuoteRef[]>
}

/**
 * Fold the copies of one rendering into one unit before grouping: quotes with the
 * same words in the same written form, the same speaker read the same way (named
 * in the clause, or inferred) and nothing else of their own article tied to them
 * (no other quote in their sentence, none nested in or around them, no fragment
 * continuing them). Such copies match each other and every other quote alike, so
 * grouping compares one of them and the group gets them all: a story of a thousand
 * outlets carrying one statement compares the statement once, not a million pairs.
 * Copies that would not match each other (one word quoted alone by two unknown
 * speakers) stay apart, as each is judged on its own.
 */
export function quoteUnits(refs: readonly QuoteRef[], tiedPairs: ReadonlyArray<readonly [QuoteRef, QuoteRef]>, counts: WordCounts): QuoteUnits {
  const tied = tiedRefs(refs)
  for (const [a, b] of tiedPairs) {
    tied.add(a)
    tied.add(b)
  }
  const byForm = new Map<string, QuoteRef[]>()
  const representatives: QuoteRef[] = []
  const copiesOf = new Map<QuoteRef, QuoteRef[]>()
  const wordsOf = new Map<string, string>()
  for (const ref of refs) {
    if (tied.has(ref)) {
      representatives.push(ref)
      continue
    }
    const key = formKey(ref, wordsOf)
    const list = byForm.get(key)
    if (list) list.push(ref)
    else byForm.set(key, [ref])
  }
  for (const list of byForm.values()) {
    if (list.length > 1 && matchQuotes(list[0]!, list[1]!, counts) !== null) {
      representatives.push(list[0]!)
      copiesOf.set(list[0]!, list)
    } else representatives.push(...list)
  }
  representatives.sort((x, y) => x.index - y.index)
  return {representatives, copiesOf}
}

/** The quotes another quote of their own article stands beside: the same sentence, or nested one in the other. */
function tiedRefs(refs: readonly QuoteRef[]): Set<QuoteRef> {
  const bySource = new Map<unknown, QuoteRef[]>()
  for (const ref of refs) {
    const list = bySource.get(ref.source)
    if (list) list.push(ref)
    else bySource.set(ref.source, [ref])
  }
  const tied = new Set<QuoteRef>()
  for (const list of bySource.values()) {
    const bySentence = new Map<number, QuoteRef[]>()
    for (const ref of list) {
      if (ref.sentence < 0) continue
      const mates = bySentence.get(ref.sentence)
      if (mates) mates.push(ref)
      else bySentence.set(ref.sentence, [ref])
    }
    for (const mates of bySentence.values()) if (mates.length > 1) for (const ref of mates) tied.add(ref)
    // By start: a quote overlaps one before it when it starts before the furthest end so far.
    const sorted = [...list].sort((x, y) => x.quote.start - y.quote.start)
    let reach: QuoteRef | undefined
    for (const ref of sorted) {
      if (reach && ref.quote.start < reach.quote.end) {
        tied.add(ref)
        tied.add(reach)
      }
      if (!reach || ref.quote.end > reach.quote.end) reach = ref
    }
  }
  return tied
}

/** The words as written (case kept: a capital can mark a name or a sentence start), the speaker and how it was read. */
function formKey(ref: QuoteRef, wordsOf: Map<string, string>): string {
  // Copies of one text have the same words as written: they are joined once per text.
  let words = wordsOf.get(ref.quote.text)
  if (words === undefined) wordsOf.set(ref.quote.text, words = packedMap(ref.tokens, (token) => ref.quote.text.slice(token.start, token.end)).join(' '))
  return `${words}\u0000${ref.speaker?.id ?? ''}\u0000${isExplicit(ref) ? 'named' : 'inferred'}`
}
