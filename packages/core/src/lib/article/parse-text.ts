import {bullet} from './boilerplate-patterns.js'
import {classifyLines, terminal, type Line} from './classify-lines.js'
import type {ParsedBody} from './parse-article.js'
import {isWhiteSpace} from '../white-space.js'

/**
 * Split plain text, as real pasted articles come, into blocks with offsets into the
 * input (see `classifyLines` for what is recognised). Runs of blank lines and stray
 * indentation are ignored; lines broken inside a sentence (hard-wrapped text) are
 * joined into one paragraph.
 */
export function parseTextBlocks(input: string): ParsedBody {
  return classifyLines(input, joinWrapped(input, splitLines(input)))
}

/** Non-blank lines, trimmed, with whether blank lines surround them. */
function splitLines(input: string): Line[] {
  const lines: Line[] = []
  let blank = true
  const length = input.length
  let at = 0
  // Lines end at \r\n, \r or \n; each is trimmed of white space (\s), zero-width
  // spaces and byte-order marks at both ends.
  while (at < length) {
    let end = at
    while (end < length) {
      const c = input.charCodeAt(end)
      if (c === 10 || c === 13) break
      end++
    }
    let start = at
    while (start < end && isSpace(input.charCodeAt(start))) start++
    let last = end
    while (last > start && isSpace(input.charCodeAt(last - 1))) last--
    if (last <= start) {
      blank = true
      if (lines.length > 0) lines[lines.length - 1]!.blankAfter = true
    } else {
      lines.push({start, end: last, blankBefore: blank, blankAfter: false})
      blank = false
    }
    at = end < length && input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
  }
  if (lines.length > 0) lines[lines.length - 1]!.blankAfter = true
  return lines
}

/** `[\s\u200b]`: JavaScript white space and the zero-width space. */
function isSpace(c: number): boolean {
  return isWhiteSpace(c) || c === 0x200b
}

/**
 * Join a line to the one before when that one stops mid-sentence and this one goes
 * on in lower case: text hard-wrapped at a fixed width.
 */
function joinWrapped(input: string, lines: Line[]): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    const previous = out[out.length - 1]
    if (previous && !line.blankBefore && /^[a-z(]/.test(input[line.start]!) &&
      !terminal.test(input.slice(previous.start, previous.end)) && !bullet.test(input.slice(line.start, line.end))) {
      previous.end = line.end
      previous.blankAfter = line.blankAfter
      continue
    }
    out.push({...line})
  }
  return out
}

