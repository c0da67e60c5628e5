/**
 * Markdown that would make the CommonMark parser slow or deep: micromark resolves
 * emphasis and link openers by scanning back over the unmatched ones (quadratic in a
 * paragraph of thousands of `*_` or `[a](`), and nested block quotes or lists become
 * trees as deep as the input (a stack overflow at some thousands). A GFM table is
 * linear but costly, about a millisecond a row in micromark's table resolver and
 * subtokenizer (10,000 rows take seconds; the table's text is then dropped anyway).
 * Real articles are far below these limits; past them the article is read as plain
 * text, with a message.
 */

/** Unmatched-prone delimiters (`*`, `_`, `[`, `]`, `(`) one paragraph may hold. */
const maxDelimitersPerParagraph = 2000
/** Block quotes or lists one line may open (indents count a quarter each). */
const maxLineNesting = 64
/** Lines in a row that hold a `|` (table rows, in practice): a data table in an article has dozens. */
const maxTableRows = 2000

/** Why the Markdown is too complex to parse as Markdown, or null when it is fine. */
export function markdownTooComplex(input: string): string | null {
  let delimiters = 0
  let lineStart = true
  let depth = 0
  let piped = false
  let rows = 0
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 10) {
      // A blank line ends the paragraph.
      if (lineStart) delimiters = 0
      rows = piped ? rows + 1 : 0
      if (rows > maxTableRows) return `a table of more than ${maxTableRows} rows`
      piped = false
      lineStart = true
      depth = 0
      continue
    }
    if (c === 124 /* | */) piped = true
    if (lineStart) {
      if (c === 62 /* > */) {
        if (++depth > maxLineNesting) return `a line nested more than ${maxLineNesting} block quotes deep`
        continue
      }
      // "- - - a" opens a list in a list for each marker.
      if ((c === 45 || c === 43 || c === 42) && (input.charCodeAt(i + 1) === 32 || input.charCodeAt(i + 1) === 9)) {
        if (++depth > maxLineNesting) return `a line nested more than ${maxLineNesting} lists deep`
        continue
      }
      if (c === 32 || c === 9) {
        if (++depth > maxLineNesting * 4) return `a line indented more than ${maxLineNesting * 4} columns`
        continue
      }
      if (c !== 13) lineStart = false
    }
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 40) {
      if (++delimiters > maxDelimitersPerParagraph) return `a paragraph with more than ${maxDelimitersPerParagraph} emphasis or link marks`
    }
  }
  return null
}
