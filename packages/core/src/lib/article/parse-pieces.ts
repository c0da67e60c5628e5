/**
 * Where to cut one long block of text before the English parser reads it.
 *
 * parse-latin's paragraph plugins merge sentences with `splice` on the
 * paragraph's children, once per merge: a block of thousands of "Mr. " or "U.S. "
 * merges thousands of sentences, each merge moving every later one, so the time
 * grows with the square of the block (about 3.5 s for 100 KB of "Mr. "). News
 * paragraphs are far shorter than a piece: a block under `pieceChars` is read
 * whole, as before. A longer one is cut into pieces the parser reads one at a
 * time, each cut at a sentence end the parser could not have merged across (a
 * lower-case word of four letters or more, then `.`, `!` or `?`, optional closing
 * marks, white space and a capital letter: "…the vote ended. The mayor…"), or,
 * where a stretch has none (no real prose does), at white space.
 */

/** A block up to this many characters is parsed whole. */
export const pieceChars = 8_000

/** A piece never grows past this; then it is cut at the last white space. */
const hardChars = 16_000

/** A sentence end that no abbreviation rule can join to what follows. */
const sentenceEnd = /\p{Ll}{4}[.!?]["'”’)\]]*\s+(?=["'“‘(]?\p{Lu})/gu

/**
 * The pieces `[start, end)` of `text.slice(from, to)` (offsets into `text`): one
 * piece when it is short, else pieces of `pieceChars` to `hardChars` characters
 * that cover it without gaps.
 */
export function parsePieces(text: string, from: number, to: number): Array<[number, number]> {
  if (to - from <= pieceChars) return [[from, to]]
  const pieces: Array<[number, number]> = []
  let start = from
  while (to - start > pieceChars) {
    const cut = cutAfter(text, start + pieceChars, Math.min(to, start + hardChars))
    if (cut <= start || cut >= to) break
    pieces.push([start, cut])
    start = cut
  }
  pieces.push([start, to])
  return pieces
}

/** The first sentence end in `[from, limit)`, else the last white space before `limit`, else `limit`. */
function cutAfter(text: string, from: number, limit: number): number {
  const base = Math.max(0, from - 4)
  sentenceEnd.lastIndex = 0
  const match = sentenceEnd.exec(text.slice(base, limit))
  if (match) return base + match.index + match[0].length
  for (let index = limit - 1; index > from; index--) {
    const code = text.charCodeAt(index)
    if (code === 32 || code === 10 || code === 9 || code === 13) return index + 1
  }
  return limit
}
