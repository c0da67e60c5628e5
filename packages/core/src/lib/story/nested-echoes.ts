import {pushTo} from '../push-to.js'
import {pairKey} from './pair-set.js'
import type {QuoteRef} from './quote-refs.js'

/**
 * Words two outlets each print nested inside their rendering of one utterance (the
 * same ‘…’ inside two matching “…”) are one quote too, however short: the outer
 * match says where they come from, so a lone common word needs no more evidence.
 * For each matched pair of quotes from two articles, their nested quotes with the
 * same words, as new matches (those already found are left out).
 */
export function nestedEchoes<T extends {a: QuoteRef, b: QuoteRef}>(edges: readonly T[], refs: readonly QuoteRef[]): Array<{a: QuoteRef, b: QuoteRef, similarity: number}> {
  // Nested quotes by article, once: most articles have none.
  const nestedBySource = new Map<unknown, QuoteRef[]>()
  for (const ref of refs) {
    if (ref.citedBy !== undefined) pushTo(nestedBySource, ref.source, ref)
  }
  const nestedIn = new Map<QuoteRef, QuoteRef[]>()
  const inner = (outer: QuoteRef) => {
    let list = nestedIn.get(outer)
    if (!list) nestedIn.set(outer, list = innerQuotes(outer, nestedBySource.get(outer.source) ?? []))
    return list
  }
  const seen = new Set(edges.map((edge) => pairKey(edge.a, edge.b)))
  const echoes: Array<{a: QuoteRef, b: QuoteRef, similarity: number}> = []
  for (const {a, b} of edges) {
    if (a.source === b.source || a.citedBy !== undefined || b.citedBy !== undefined) continue
    const theirs = inner(b)
    if (theirs.length === 0) continue
    for (const x of inner(a)) {
      for (const y of theirs) {
        if (!sameWords(x, y) || seen.has(pairKey(x, y))) continue
        seen.add(pairKey(x, y))
        echoes.push(x.index < y.index ? {a: x, b: y, similarity: 1} : {a: y, b: x, similarity: 1})
      }
    }
  }
  return echoes
}

/** Of its article's nested quotes, those inside `outer`. */
function innerQuotes(outer: QuoteRef, nested: readonly QuoteRef[]): QuoteRef[] {
  return nested.filter((ref) => ref !== outer && ref.quote.start >= outer.quote.start && ref.quote.end <= outer.quote.end)
}

function sameWords(x: QuoteRef, y: QuoteRef): boolean {
  return x.tokens.length > 0 && x.tokens.length === y.tokens.length && x.tokens.every((token, i) => token.key === y.tokens[i]!.key)
}
