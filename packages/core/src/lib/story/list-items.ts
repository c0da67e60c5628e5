import {isFinite} from '../claims/finite-verb.js'
import {onceByText} from './once-by-text.js'

/** A stretch of text by offsets (into whatever the caller passed). */
interface Span {
  start: number
  end: number
}

/** Words that open a clause standing as a list item (a question or a report of one). */
const clauseOpeners = /^(?:whether|what|how|why|who|whom|when|where|if)$/i

/** Most words a later item of a noun-phrase list may have: longer pieces between commas are clauses or asides. */
const maximumItemWords = 12

/** Fewest words each side of a topic-and-question pair needs ("the depot and whether Vel knew of it"). */
const minimumPairWords = 5

/** Most words the last item may have (it runs to the end of the list, which may end the sentence). */
const maximumLastWords = 30

/**
 * The items of noun-phrase lists in a stretch of text ("They asked about the depot,
 * the budget of Marle and the new harbour"): each item names a thing of its own, and a
 * sentence that lists three topics states three facts. A list is two or more pieces
 * between commas, its last piece joined by "and" or "or" ("A, B and C", "A, B, or C");
 * the pieces after the first have no finite verb and at most `maximumItemWords`
 * words (else they are clauses: "Okafor resigned, and Vale took over" is no list).
 * The first item runs from the start of its piece, so it keeps what the list is
 * about ("They asked about the depot").
 *
 * Read once per distinct text (`onceByText`): the spans are shared, not to be changed.
 *
 * @param text The stretch (a sentence or proposition).
 * @returns Each item's offsets into `text`, in text order; none when there is no list.
 */
export const listItems: (text: string) => readonly Span[] = onceByText(readListItems)

function readListItems(text: string): Span[] {
  // Items that hold commas of their own are set apart by semicolons ("the depot; Vel, the mayor; and the harbour").
  const bySemicolons = (text.match(/;/g)?.length ?? 0) >= 2
  const separator = bySemicolons ? /;/g : /[,;:]/g
  // Items set apart by semicolons are long by nature (each holds commas, names, a relative clause); and pieces between semicolons
  // that are clauses state a fact each all the same: with semicolons, length alone bounds an item.
  const most = bySemicolons ? maximumLastWords : maximumItemWords
  const itemLike = bySemicolons ? (piece: string, limit: number) => wordCount(piece) <= limit : phraseLike
  const pieces: Span[] = []
  let at = 0
  for (const mark of text.matchAll(separator)) {
    pieces.push({start: at, end: mark.index})
    at = mark.index + 1
  }
  pieces.push({start: at, end: text.length})
  const items: Span[] = []
  let run: Span[] = []
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!
    const slice = text.slice(piece.start, piece.end)
    // The last piece: "and C" (after a serial comma) or "B and C"; the last item may run long ("and a meeting in Marle that …").
    const joiner = run.length > 0 ? /(^|\s)(?:and|or)\s+/i.exec(slice) : null
    if (joiner && itemLike(slice.slice(0, joiner.index), most) && itemLike(slice.slice(joiner.index + joiner[0].length), maximumLastWords)) {
      const before = {start: piece.start, end: piece.start + joiner.index}
      const after = {start: piece.start + joiner.index + joiner[0].length, end: piece.end}
      const found = [...run, ...(joiner.index > 0 ? [before] : []), after].map((span) => trimmed(text, span)).filter((span): span is Span => span !== null)
      if (found.length >= 3) items.push(...found)
      run = []
      continue
    }
    run = run.length > 0 && itemLike(slice, most) ? [...run, piece] : i + 1 < pieces.length ? [piece] : []
  }
  return items.length > 0 ? items : askedPair(text)
}

// "queries on the depot and whether Vel knew": a topic and a question joined by "and" (the question opens with a wh-word).
const andQuestion = /,?\s+and\s+(?=(?:whether|what|how|why|who|whom|when|where)\s)/giu

/**
 * Two topics joined by "and" where the second is a question ("They asked about the
 * depot and whether the mayor knew of the leak"): each is a fact of its own. Only one
 * such "and" in the text, and each side at least `minimumPairWords` words.
 */
function askedPair(text: string): Span[] {
  const joins = [...text.matchAll(andQuestion)]
  if (joins.length !== 1) return []
  const at = joins[0]!.index
  const before = trimmed(text, {start: 0, end: at})
  const after = trimmed(text, {start: at + joins[0]![0].length, end: text.length})
  if (!before || !after) return []
  const words = (span: Span) => wordCount(text.slice(span.start, span.end))
  return words(before) >= minimumPairWords && words(after) >= minimumPairWords ? [before, after] : []
}

/** Whether a piece can be a list item: a few words, with no finite verb but in a clause that asks or reports ("whether Adler knew"). */
function phraseLike(piece: string, most: number): boolean {
  const words = piece.match(wordPattern) ?? []
  if (words.length > most) return false
  return !words.some((word) => isFinite(word)) || clauseOpeners.test(words[0] ?? '') || clauseOpeners.test(words[1] ?? '')
}

/** A word: a letter or digit, then letters, digits, apostrophes, periods and hyphens ("O'Neil", "U.S.", "well-known"). */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

function wordCount(piece: string): number {
  return piece.match(wordPattern)?.length ?? 0
}

function trimmed(text: string, span: Span): Span | null {
  let {start, end} = span
  while (start < end && /[\s"“”‘’'(]/u.test(text[start]!)) start++
  while (end > start && /[\s"“”‘’').!?]/u.test(text[end - 1]!)) end--
  return end > start ? {start, end} : null
}
