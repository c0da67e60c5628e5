import {pairKey} from './pair-set.js'
import type {QuoteRef} from './quote-refs.js'

/** A quote of at most this many times a nested quote's words renders the nested quote alone. */
const innerShare = 2

/**
 * Of the matches found, those that stand for the words themselves: a quote that
 * matches both a quote and a quote nested inside it (one outlet prints ‘…’ inside
 * the memo it quotes, another prints the same words alone) renders the nested one,
 * whose speaker is the one who said those words; the outer quote is someone's
 * account around them ("The mayor said ‘the bridge thing’ is nonsense" quotes the
 * author of the account, “the bridge thing” quotes the mayor). A quote with many
 * more words than the nested one (more than `innerShare` times) renders the outer
 * passage too (two outlets printing the whole memo sentence) and keeps that match.
 */
export function preferNested<T extends {a: QuoteRef, b: QuoteRef}>(edges: readonly T[]): T[] {
  const inside = nestedInside(edges)
  if (inside.size === 0) return [...edges]
  const keys = new Set(edges.map((edge) => pairKey(edge.a, edge.b)))
  const size = (ref: QuoteRef) => ref.tokens.length
  const rendersInner = (x: QuoteRef, outer: QuoteRef) => (inside.get(outer) ?? [])
    .some((inner) => inner !== x && size(x) <= innerShare * size(inner) && keys.has(pairKey(x, inner)))
  return edges.filter(({a, b}) => !rendersInner(a, b) && !rendersInner(b, a))
}

/** For each quote of the edges, the quotes of its own article nested inside it. */
function nestedInside(edges: ReadonlyArray<{a: QuoteRef, b: QuoteRef}>): Map<QuoteRef, QuoteRef[]> {
  const refs = new Set<QuoteRef>()
  for (const {a, b} of edges) {
    refs.add(a)
    refs.add(b)
  }
  const bySource = new Map<unknown, QuoteRef[]>()
  for (const ref of refs) {
    const list = bySource.get(ref.source)
    if (list) list.push(ref)
    else bySource.set(ref.source, [ref])
  }
  const inside = new Map<QuoteRef, QuoteRef[]>()
  for (const list of bySource.values()) {
    if (list.length < 2) continue
    // By start, longest first: a quote's nested ones follow it until one starts past its end.
    list.sort((x, y) => x.quote.start - y.quote.start || y.quote.end - x.quote.end)
    list.forEach((outer, i) => {
      for (let j = i + 1; j < list.length && list[j]!.quote.start < outer.quote.end; j++) {
        const inner = list[j]!
        if (inner.quote.end > outer.quote.end || (inner.quote.start === outer.quote.start && inner.quote.end === outer.quote.end)) continue
        const nested = inside.get(outer)
        if (nested) nested.push(inner)
        else inside.set(outer, [inner])
      }
    })
  }
  return inside
}
