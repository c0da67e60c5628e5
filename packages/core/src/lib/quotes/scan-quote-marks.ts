import type {Block} from '../types.js'
import {anyMark, closingMarks, elisions, markFamily, openingMarks, type MarkFamily} from './quote-marks.js'

/** A quoted run inside one block, found from its marks. */
export interface MarkedRun {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or -1 when the run is not closed in its block. */
  close: number
  /** The content between the marks (trimmed of spaces at an unclosed end). */
  start: number
  end: number
  openMark: string
  closeMark: string | null
  /** The run goes on in the next paragraph, which reopens it with a mark. */
  continues: boolean
  /** The run goes on from the previous paragraph. */
  continued: boolean
  /** Index of the block holding it. */
  block: number
}

interface Open {
  at: number
  mark: string
  family: MarkFamily
}

const letter = /[\p{L}\p{N}]/u
const space = /[\s\u00a0]/
/** What may stand just before an opening mark. */
const beforeOpen = /[\s\u00a0([{\u2014\u2013\-/:;,]/

/**
 * Find the quoted runs in story blocks (boilerplate is skipped): top-level runs
 * only, with nested quotes kept inside their outer run. Handles curly, straight,
 * low and angle marks, ‘…” mismatches (a close of the other family ends the
 * innermost open quote), apostrophes (Russia’s, don't, '90s, rock 'n' roll) and
 * paragraphs that reopen a quote without closing the last one.
 *
 * Known limits: a plural possessive right before a closing single mark
 * (‘the leaders’ talks’) may end the run early; German „…“ pairs are not read.
 */
export function scanQuoteMarks(text: string, blocks: readonly Block[]): MarkedRun[] {
  const runs: MarkedRun[] = []
  let carried = false
  blocks.forEach((block, index) => {
    if (block.kind === 'boilerplate') { carried = false; return }
    const blockRuns = scanBlock(text, block.start, block.end, index)
    const first = blockRuns[0]
    if (carried && first && first.open === firstNonSpace(text, block.start)) first.continued = true
    const last = blockRuns[blockRuns.length - 1]
    carried = false
    if (last && last.close < 0) {
      const next = blocks[index + 1]
      if (next && next.kind !== 'boilerplate' && opensWithMark(text, next.start, next.end)) {
        last.continues = true
        carried = true
      }
    }
    for (const run of blockRuns) runs.push(run)
  })
  return runs
}

const marks = new RegExp(anyMark.source, 'g')
const noneIgnored: ReadonlySet<number> = new Set()

function scanBlock(text: string, from: number, to: number, block: number, ignored: ReadonlySet<number> = noneIgnored): MarkedRun[] {
  const runs: MarkedRun[] = []
  const stack: Open[] = []
  // Shared: a second read of the block (below) starts after this loop is done. The
  // block's own text is searched, so a block with no mark does not scan on to the next
  // mark of the article (quadratic over many short blocks).
  const blockText = text.slice(from, to)
  marks.lastIndex = 0
  for (let found = marks.exec(blockText); found !== null; found = marks.exec(blockText)) {
    const i = from + found.index
    const ch = found[0]
    if (ignored.has(i)) continue
    const role = roleOf(text, i, from, to, stack)
    if (role === 'open') {
      const family = markFamily(ch)
      // A curly double opening while a double is open at the top: the earlier one
      // was never closed (a typo), so end it here rather than nest.
      const top = stack[stack.length - 1]
      if (stack.length === 1 && top && top.family === family && family === 'double' && ch !== '"') {
        pushRun(runs, text, top, i, null, block, false)
        stack.pop()
      }
      stack.push({at: i, mark: ch, family})
    } else if (role === 'close') {
      const family = markFamily(ch)
      let k = stack.length - 1
      while (k >= 0 && stack[k]!.family !== family) k--
      // ‘…” : no open quote of this family, so the mark closes the innermost one.
      if (k < 0) k = stack.length - 1
      if (k < 0) continue
      const opened = stack[k]!
      stack.length = k
      if (k === 0) pushRun(runs, text, opened, i, ch, block, true)
    }
  }
  const outer = stack[0]
  // A single mark left open is far more often an apostrophe than a quote that runs
  // to the end of the paragraph: read the block again without it.
  if (outer && outer.family === 'single' && ignored.size < 4) return scanBlock(text, from, to, block, new Set([...ignored, outer.at]))
  if (outer) pushRun(runs, text, outer, to, null, block, false)
  return runs
}

function pushRun(runs: MarkedRun[], text: string, opened: Open, at: number, closeMark: string | null, block: number, closed: boolean): void {
  const start = opened.at + 1
  let end = at
  while (end > start && space.test(text[end - 1]!)) end--
  if (end <= start) return
  runs.push({open: opened.at, close: closed ? at : -1, start, end, openMark: opened.mark, closeMark, continues: false, continued: false, block})
}

/** Decide whether the mark at `i` opens, closes, or is an apostrophe/stray. */
function roleOf(text: string, i: number, from: number, to: number, stack: readonly Open[]): 'open' | 'close' | 'none' {
  const ch = text[i]!
  const prev = i > from ? text[i - 1]! : ' '
  const next = i + 1 < to ? text[i + 1]! : ' '
  const prevLetter = letter.test(prev)
  const nextLetter = letter.test(next)
  if (ch === '’' || ch === "'" || ch === '‘') {
    // "…together, '' said": a doubled mark set off by a space after punctuation closes the open quote.
    if (ch === "'" && next === "'" && space.test(prev) && /[,.!?]/.test(text[i - 2] ?? '') && space.test(text[i + 2] ?? ' ') && stack.some((o) => o.family === 'single')) return 'close'
    // Inside a word: don’t, Russia’s, O'Brien.
    if (prevLetter && nextLetter) return 'none'
    // Elided digits or syllables: '90s, ’til, rock 'n' roll.
    if (!prevLetter && /\d/.test(next)) return /^\d\d(?:s|\b)/.test(text.slice(i + 1, i + 4)) ? 'none' : 'open'
    if (!prevLetter && nextLetter) {
      const word = /^[a-z]+/i.exec(text.slice(i + 1, i + 8))?.[0]?.toLowerCase() ?? ''
      if (elisions.has(word) && !/^[a-z]/i.test(text[i + 1 + word.length] ?? '')) return ch === '‘' && word !== 'n' ? 'open' : 'none'
      return ch === '’' && !beforeOpen.test(prev) ? 'none' : 'open'
    }
    if (ch === '‘') return 'open'
    // After a word: closing single, or the apostrophe of a plural possessive (leaders’).
    if (prevLetter || /[.,!?;:…)\]]/.test(prev)) {
      if (!stack.some((o) => o.family === 'single')) {
        // ‘Don’t forget.” has no single open: a stray ’ only closes a mismatched quote.
        return 'none'
      }
      if (prev === 's' && /\s/.test(next) && laterSingleClose(text, i + 1, to)) return 'none'
      return 'close'
    }
    return 'none'
  }
  if (ch === '"') {
    const open = stack.some((o) => o.mark === '"')
    const canOpen = (i === from || beforeOpen.test(prev)) && !space.test(next) && i + 1 < to
    const canClose = !space.test(prev) && i > from && (i + 1 >= to || space.test(next) || /[,.;:!?)\]\-\u2014\u2013'’]/.test(next))
    if (canOpen && !canClose) return 'open'
    if (canClose && !canOpen) return stack.length > 0 ? 'close' : 'none'
    if (canOpen && canClose) return open ? 'close' : 'open'
    // Letters on both sides ("word"word) or spaces on both: go by the state.
    // "…community,' " Reeves wrote": a spaced mark after a closing single mark or punctuation closes.
    if (space.test(prev) && space.test(next)) return open && /[,.!?'’]/.test(text[i - 2] ?? '') ? 'close' : 'none'
    return open ? 'close' : 'open'
  }
  // "“That is rare,“ said Okafor": an opening mark typed for the close, after punctuation and before a space.
  if (ch === '“' && /[,.!?]/.test(prev) && space.test(next) && stack.some((o) => o.family === 'double')) return 'close'
  if (openingMarks.has(ch)) return 'open'
  if (closingMarks.has(ch)) return 'close'
  return 'none'
}

/** A later ’ or ' in the block that closes a single quote, before any new opening. */
function laterSingleClose(text: string, from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 400); j++) {
    const c = text[j]!
    if (c === '‘' || c === '“') return false
    if ((c === '’' || c === "'") && letter.test(text[j - 1] ?? '') && !letter.test(text[j + 1] ?? '')) return true
  }
  return false
}

function firstNonSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && space.test(text[i]!)) i++
  return i
}

function opensWithMark(text: string, from: number, to: number): boolean {
  const i = firstNonSpace(text, from)
  const ch = text[i]
  return i < to && ch !== undefined && (openingMarks.has(ch) || ch === '"') && ch !== '’'
}
