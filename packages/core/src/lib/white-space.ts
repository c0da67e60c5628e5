/**
 * White space as JavaScript's `\s` has it (which takes in U+00A0 and U+FEFF), by
 * char code, and counts that stand in for `split(/\s+/)` without building arrays.
 */

/** Whether `c` is a `\s` character. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** `text.slice(start, end).split(/\s+/).length`: one more than the runs of white space. */
export function splitCount(text: string, start = 0, end = text.length): number {
  let count = 1
  let inSpace = false
  for (let i = start; i < end; i++) {
    const space = isWhiteSpace(text.charCodeAt(i))
    if (space && !inSpace) count++
    inSpace = space
  }
  return count
}

/** `text.slice(start, end).split(/\s+/).filter(Boolean).length`: the runs of anything else. */
export function wordCount(text: string, start = 0, end = text.length): number {
  let count = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const word = !isWhiteSpace(text.charCodeAt(i))
    if (word && !inWord) count++
    inWord = word
  }
  return count
}
