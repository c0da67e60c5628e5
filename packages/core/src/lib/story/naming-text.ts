/** One article's text, with the file it came from, as the naming step reads it. */
export interface NamingText {
  file: string
  text: string
}

/**
 * Whether the word at `offset` opens a sentence, a line or a quotation: there its
 * capital letter is the sentence's, not the writer's choice of spelling.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  if (i < 0) return true
  return /[\n.!?:"“‘'(—–―-]/.test(text[i]!)
}

/**
 * Whether the line holding `offset` is written in title case or capitals (a
 * headline, a dateline): its capitals say nothing about how the outlet spells.
 */
export function isHeadingLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  // Many names stand on one line: each line is judged once (a long paragraph read per
  // name would make this quadratic in the paragraph's length).
  if (cachedText !== text) {
    cachedText = text
    headingByLine.clear()
  }
  const known = headingByLine.get(start)
  if (known !== undefined) return known
  const found = text.indexOf('\n', offset)
  const line = text.slice(start, found < 0 ? text.length : found)
  const words = line.match(/\p{L}[\p{L}’'.-]*/gu) ?? []
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  const heading = words.length === 0 || words.length <= 3 || capitalised / words.length > 0.6 || line === line.toUpperCase()
  headingByLine.set(start, heading)
  return heading
}

let cachedText: string | null = null
const headingByLine = new Map<number, boolean>()

/** Whether the capital at `offset` is the writer's spelling: mid-sentence, in running text. */
export function isWrittenCapital(text: string, offset: number): boolean {
  return !isSentenceStart(text, offset) && !isHeadingLine(text, offset)
}

/** Whether the words at `offset` open a line as a dateline ("WASHINGTON —", "MOSCOW (Reuters) -"). */
export function isDateline(text: string, offset: number): boolean {
  if (offset > 0 && text[offset - 1] !== '\n') return false
  return /^[\p{Lu}.,' ]{3,}\s*(?:\([^)\n]*\)\s*)?[—–―-]/u.test(text.slice(offset, offset + 80))
}
