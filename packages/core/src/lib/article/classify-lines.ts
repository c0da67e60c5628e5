import type {Block, BoilerplateReason, Message} from '../types.js'
import {boilerplateReason, bullet, dateMark, dateline, embedSignature} from './boilerplate-patterns.js'
import type {ParsedBody} from './parse-article.js'

/** A trimmed line (or block) of text, with offsets into it. */
export interface Line {
  start: number
  end: number
  /** A blank line (or the start of input) comes before it. */
  blankBefore: boolean
  /** A blank line (or the end of input) comes after it. */
  blankAfter: boolean
  /** The kind the markup gives it (Markdown); none for plain text. */
  hint?: 'paragraph' | 'heading' | 'list-item' | 'blockquote'
  /** Heading depth, with `hint: 'heading'`. */
  depth?: number
}

/** Final punctuation: a line ending in it is not a heading. */
export const terminal = /[.!?…:;,"”’'»)\]]$/
const maxHeadingWords = 14

/**
 * Turn lines of article text into blocks with offsets into `input`: an optional
 * title line, a `date YYYY-MM-DD` mark, a dateline, section headings (short lines
 * without final punctuation), key-points boxes, bullets, embedded posts signed
 * `— Name (@handle) Month D, YYYY`, and boilerplate (editor's notes,
 * related-article links, wire credits, bylines). A line's `hint` (from Markdown
 * markup) fixes its kind unless it is boilerplate.
 */
export function classifyLines(input: string, lines: readonly Line[]): ParsedBody {
  const blocks: Block[] = []
  const metadata: ParsedBody['metadata'] = {}
  const messages: Message[] = []
  // Each call passes a fresh object: `text` goes on last, as a spread would put it.
  const add = (block: Omit<Block, 'text'>) => {
    if (block.end > block.start) {
      const full = block as Block
      full.text = input.slice(block.start, block.end)
      blocks.push(full)
    }
  }
  const boilerplate = (start: number, end: number, reason: BoilerplateReason) => add({kind: 'boilerplate', start, end, reason})
  let inKeyPoints = false
  let storySeen = false
  let paragraphSeen = false

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    let start = line.start
    const end = line.end
    let text = input.slice(start, end)

    if (!storySeen && !metadata.published) {
      const mark = dateMark.exec(text)
      if (mark) {
        metadata.published = mark.groups!.date!.replace(' ', 'T')
        boilerplate(start, start + mark[0].trimEnd().length, 'date-mark')
        start += mark[0].length
        text = input.slice(start, end)
        if (text === '') continue
      }
    }

    const signature = embedSignature.exec(text)
    if (signature) {
      const previous = blocks[blocks.length - 1]
      if (previous && previous.kind === 'paragraph') {
        previous.kind = 'embed'
        previous.author = signature.groups!.author!.trim()
        previous.handle = signature.groups!.handle!
      }
      boilerplate(start, end, 'embed-signature')
      continue
    }

    const reason = boilerplateReason(text)
    if (reason) {
      if (reason === 'byline' && !metadata.byline) metadata.byline = text.replace(/^by\s+/i, '').replace(/\s*[|,].*$/, '')
      inKeyPoints = reason === 'key-points'
      boilerplate(start, end, reason)
      continue
    }

    if (line.hint === 'list-item') {
      add({kind: 'list-item', start, end, ...(inKeyPoints ? {summary: true} : {})})
      storySeen = true
      continue
    }
    if (line.hint === 'blockquote') {
      add({kind: 'blockquote', start, end})
      storySeen = true
      continue
    }
    if (line.hint === 'heading') {
      const depth = line.depth ?? 2
      if (depth === 1 && !metadata.title && !storySeen) metadata.title = text
      add({kind: 'heading', depth, start, end})
      if (depth > 1 || storySeen) storySeen = true
      continue
    }
    const bulletMatch = line.hint === 'paragraph' ? null : bullet.exec(text)
    if (bulletMatch && text.length > bulletMatch[0].length) {
      add({kind: 'list-item', start: start + bulletMatch[0].length, end, ...(inKeyPoints ? {summary: true} : {})})
      storySeen = true
      continue
    }
    inKeyPoints = false

    if (line.hint === undefined && text.startsWith('>')) {
      const content = /^>+\s*/.exec(text)![0].length
      add({kind: 'blockquote', start: start + content, end})
      storySeen = true
      continue
    }

    const isLast = index === lines.length - 1
    if (line.hint === undefined && !storySeen && !metadata.title && !isLast && isTitle(text, line)) {
      metadata.title = text.replace(/\.(["”’»]?)$/, '$1')
      add({kind: 'heading', depth: 1, start, end})
      continue
    }
    if (line.hint === undefined && !isLast && isHeading(text)) {
      add({kind: 'heading', depth: 2, start, end})
      storySeen = true
      continue
    }

    if (!paragraphSeen) {
      const place = dateline.exec(text)
      if (place && place[0].length < text.length) {
        metadata.dateline = place.groups!.place!
        boilerplate(start, start + place[0].trimEnd().length, 'dateline')
        start += place[0].length
      }
    }
    add({kind: 'paragraph', start, end})
    storySeen = true
    paragraphSeen = true
  }

  return {text: input, blocks, sourceMap: null, metadata, messages}
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A section heading: a short line that starts like a title and has no final punctuation. */
function isHeading(text: string): boolean {
  if (text.length > 120 || terminal.test(text) || !/^[\p{Lu}\p{N}“"‘']/u.test(text)) return false
  const words = wordCount(text)
  return words >= 1 && words <= maxHeadingWords && /\p{L}{2}/u.test(text) && !/[{}<>=]/.test(text)
}

/**
 * The article's title: the first line, when it reads like a heading, or when it is
 * a short line standing alone and ending in a period (the "Title.\n\n" of exported
 * corpora and wire copy): title-cased up to 25 words (internal periods allowed:
 * "Roe v. Wade", two-sentence headlines), sentence-cased up to 14 words and one
 * sentence.
 */
function isTitle(text: string, line: Line): boolean {
  if (isHeading(text)) return true
  if (!line.blankAfter || text.length > 200 || !/[.!?]["”’»]?$/.test(text)) return false
  const words = text.split(/\s+/).filter((word) => /^[\p{L}‘“'"]/u.test(word))
  if (words.length === 0 || words.length > 25) return false
  const long = words.filter((word) => word.replace(/^[‘“'"]/, '').length >= 4)
  const capitalised = long.filter((word) => /^[‘“'"]?\p{Lu}/u.test(word))
  if (long.length > 0 && capitalised.length / long.length >= 0.6) return true
  return words.length <= 14 && !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(0, -1))
}
