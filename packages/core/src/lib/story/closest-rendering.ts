import {pushTo} from '../push-to.js'
import {pairKey} from './pair-set.js'
import {sentencePieces} from './quote-pieces.js'
import type {QuoteRef} from './quote-refs.js'
import {shortQuote} from './quote-similarity.js'

/**
 * Of the matches found, those a quote keeps when it matches two quotes of one other
 * article, each at least as long as it, that are two utterances there (they match
 * neither each other nor as pieces of one sentence): it renders one of them, the one
 * it matches most closely ("No, I meant the whole ferry board" is the radio answer an
 * article quotes whole, not that article's other, reworded quote of a later
 * interview). A longer quote matching two shorter ones of an article keeps both:
 * each renders a part of it; a short quote (`shortQuote` words or fewer) matching
 * two is ambiguous and joins neither (see `ambiguousWords` in group-quotes). A quote
 * stitched from pieces with an ellipsis ("We did. The board knew. … The board
 * signed it.") also keeps every match with a quote that holds one of its pieces whole:
 * each piece renders its own passage.
 */
export function preferClosest<T extends {a: QuoteRef, b: QuoteRef, similarity: number}>(edges: readonly T[]): T[] {
  const keys = new Set(edges.map((edge) => pairKey(edge.a, edge.b)))
  // Each quote's edges to longer (or equal) quotes, by the other article.
  const toLonger = new Map<QuoteRef, Map<unknown, T[]>>()
  const add = (short: QuoteRef, long: QuoteRef, edge: T) => {
    if (short.source === long.source || short.tokens.length <= shortQuote || long.tokens.length < short.tokens.length) return
    let bySource = toLonger.get(short)
    if (!bySource) toLonger.set(short, bySource = new Map())
    pushTo(bySource, long.source, edge)
  }
  for (const edge of edges) {
    add(edge.a, edge.b, edge)
    add(edge.b, edge.a, edge)
  }
  const dropped = new Set<T>()
  for (const [short, bySource] of toLonger) {
    for (const list of bySource.values()) {
      if (list.length < 2) continue
      const partner = (edge: T) => (edge.a === short ? edge.b : edge.a)
      const best = list.reduce((x, y) => (y.similarity > x.similarity ? y : x))
      const pieces = stitchedPieces(short)
      for (const edge of list) {
        if (edge === best || !apart(partner(edge), partner(best), keys)) continue
        if (pieces.length > 1 && pieces.some((piece) => holdsWhole(partner(edge), piece))) continue
        dropped.add(edge)
      }
    }
  }
  return dropped.size === 0 ? [...edges] : edges.filter((edge) => !dropped.has(edge))
}

function apart(x: QuoteRef, y: QuoteRef, keys: ReadonlySet<number>): boolean {
  return !keys.has(pairKey(x, y)) && !sentencePieces(x, y)
}

/** A piece of a stitched quote must have this many words to stand for a passage. */
const pieceWords = 3

/** The pieces of a quote cut by an ellipsis or an editor's bracket inside it, each of `pieceWords` words or more. */
function stitchedPieces(ref: QuoteRef): Array<readonly string[]> {
  const pieces: string[][] = [[]]
  ref.tokens.forEach((token, i) => {
    if (token.cut && i > 0) pieces.push([])
    pieces.at(-1)!.push(token.key)
  })
  return pieces.filter((piece) => piece.length >= pieceWords)
}

/** Whether `ref` has the words of `piece` in a row. */
function holdsWhole(ref: QuoteRef, piece: readonly string[]): boolean {
  const keys = ref.tokens
  for (let i = 0; i + piece.length <= keys.length; i++) {
    let j = 0
    while (j < piece.length && keys[i + j]!.key === piece[j]) j++
    if (j === piece.length) return true
  }
  return false
}
