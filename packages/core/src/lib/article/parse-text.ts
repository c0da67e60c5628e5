import {bullet} from './boilerplate-patterns.js'
import {classifyLines, terminal, type Line} from './classify-lines.js'
import type {ParsedBody} from './parse-article.js'

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
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  let blank = true
  let match: RegExpExecArray | null
  while ((match = pattern.exec(input)) !== null) {
    if (match[0] === '') {
      pattern.lastIndex++
      if (pattern.lastIndex > input.length) break
      continue
    }
    const raw = match[0].replace(/[\r\n]+$/, '')
    const lead = raw.length - raw.replace(/^[\s\u00a0\u200b\ufeff]+/, '').length
    const body = raw.replace(/[\s\u00a0\u200b]+$/, '')
    if (body.length <= lead) {
      blank = true
      if (lines.length > 0) lines[lines.length - 1]!.blankAfter = true
      continue
    }
    lines.push({start: match.index + lead, end: match.index + body.length, blankBefore: blank, blankAfter: false})
    blank = false
  }
  if (lines.length > 0) lines[lines.length - 1]!.blankAfter = true
  return lines
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

