import type {Block, Span} from '../types.js'
import type {MarkedRun} from './scan-quote-marks.js'
import {charSizeAt, isLetterOrDigitAt, wordEndAt} from '../word-scan.js'

/** A token of a block's text, with quoted runs folded into single tokens. */
export interface FrameToken {
  kind: 'word' | 'punct' | 'quote' | 'end'
  text: string
  /** Lower case, possessive "’s" removed. */
  lower: string
  start: number
  end: number
  cap: boolean
  possessive: boolean
  /** For quote tokens: index into the runs; else -1. */
  run: number
  /** Sentence number in the block (hard boundaries only). */
  sentence: number
}

/** One story block, tokenised, with the quoted runs in it. */
export interface Frame {
  block: number
  tokens: FrameToken[]
}

const abbreviation = /^(?:[A-Za-z]\.){2,}$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|Ft|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|[A-Z])\.$/
const letter = /\p{L}/uy

/** The tokens of one frame as they are built, and its current sentence number. */
interface Lexed {
  tokens: FrameToken[]
  sentence: number
}

/**
 * Tokenise each story block for attribution: words, punctuation, sentence ends,
 * and one `quote` token for each quoted run (marks included), so that the words
 * inside quotes never look like a cue or a speaker.
 */
export function buildFrames(text: string, blocks: readonly Block[], runs: readonly MarkedRun[]): Frame[] {
  const frames: Frame[] = []
  let r = 0
  blocks.forEach((block, index) => {
    if (block.kind === 'boilerplate') return
    const lexed: Lexed = {tokens: [], sentence: 0}
    let at = block.start
    while (r < runs.length && runs[r]!.block < index) r++
    while (at < block.end) {
      const run = runs[r]
      const stop = run && run.block === index ? run.open : block.end
      lex(text, at, stop, lexed)
      if (!run || run.block !== index) break
      const end = run.close >= 0 ? run.close + 1 : run.end
      push(lexed, 'quote', text.slice(run.open, end), '', run.open, end, false, false, r)
      // A quote that ends with its own period, before a capitalised word, ended its sentence.
      if (/[.?!…]\s*["'”’»]?\s*$/.test(text.slice(run.open, end)) && /^\s+["“‘]?\p{Lu}/u.test(text.slice(end, end + 4))) lexed.sentence++
      at = end
      r++
    }
    frames.push({block: index, tokens: lexed.tokens})
  })
  return frames
}

function push(lexed: Lexed, kind: FrameToken['kind'], text: string, lower: string, start: number, end: number, cap: boolean, possessive: boolean, run: number): void {
  lexed.tokens.push({kind, text, lower, start, end, cap, possessive, run, sentence: lexed.sentence})
  if (kind === 'end') lexed.sentence++
}

/**
 * Tokens of `text[from, to)`: the matches of
 * `word|[,;:()[\]—–―]|-+|[.!?…]+` (word as in `word-scan.ts`), scanned by char code.
 */
function lex(text: string, from: number, to: number, lexed: Lexed): void {
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    if (isLetterOrDigitAt(text, i, to)) {
      const rawEnd = wordEndAt(text, i, to)
      lexWord(text, i, rawEnd, lexed)
      i = rawEnd
      continue
    }
    let end = i
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013 || c === 0x2015) end = i + 1 // , ; : ( ) [ ] — – ―
    else if (c === 45) { end = i + 1; while (end < to && text.charCodeAt(end) === 45) end++ } // -+
    else if (c === 46 || c === 33 || c === 63 || c === 0x2026) { end = i + 1; while (end < to && isEndMark(text.charCodeAt(end))) end++ } // [.!?…]+
    else { i += charSizeAt(text, i, to); continue }
    const raw = text.slice(i, end)
    push(lexed, c === 46 || c === 33 || c === 63 ? 'end' : 'punct', raw, raw, i, end, false, false, -1)
    i = end
  }
}

function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026
}

/** One word token (`text[start, rawEnd)` as matched), and a sentence end cut from it. */
function lexWord(text: string, start: number, rawEnd: number, lexed: Lexed): void {
  let end = rawEnd
  let cut = false
  if (text.charCodeAt(end - 1) === 46 && !abbreviation.test(text.slice(start, end))) { end--; cut = true }
  const word = text.slice(start, end)
  const endsInS = text.charCodeAt(end - 1) === 115
  const apostropheS = endsInS && end - start >= 2 && (text.charCodeAt(end - 2) === 0x2019 || text.charCodeAt(end - 2) === 39)
  // "Russia’s", and "Hollins’ charge" (a plural-style possessive: the mark follows the word).
  const possessive = apostropheS || (endsInS && markWithoutLetterAt(text, rawEnd))
  const lower = (apostropheS ? word.slice(0, -2) : word).toLowerCase()
  const c0 = text.charCodeAt(start)
  const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(word)
  push(lexed, 'word', word, lower, start, end, cap, possessive, -1)
  // A period before a bracket or a comma ("(D-Wash.)") ends a word, not a sentence.
  if (cut) {
    const after = text.charCodeAt(rawEnd)
    if (after === 41 || after === 44) cut = false
  }
  if (cut) push(lexed, 'end', '.', '.', end, rawEnd, false, false, -1)
  else if (word.endsWith('.') && /^(?:[A-Za-z]\.){2,}$/.test(word) && /^\s+(?:The|He|She|It|They|We|But|In|On|A|This|That)\b/.test(text.slice(rawEnd, rawEnd + 6))) {
    // "…backed by the U.S. The initial…": the abbreviation ended the sentence.
    push(lexed, 'end', '', '', rawEnd, rawEnd, false, false, -1)
  }
}

/** `/^[’'](?![\p{L}])/u` on the two code units at `at`: an apostrophe with no letter after it. */
function markWithoutLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c !== 0x2019 && c !== 39) return false
  if (at + 1 >= text.length) return true
  const d = text.charCodeAt(at + 1)
  if (d < 128) return !((d >= 65 && d <= 90) || (d >= 97 && d <= 122))
  // A surrogate cut off by the two-unit window is no letter.
  if (d >= 0xd800 && d <= 0xdfff) return true
  letter.lastIndex = at + 1
  return !letter.test(text)
}

/** Sentence spans of every frame, in text order. */
export function sentenceSpans(frames: readonly Frame[]): Span[] {
  const spans: Span[] = []
  for (const frame of frames) {
    let current: Span | null = null
    let number = -1
    for (const t of frame.tokens) {
      if (t.sentence !== number || !current) {
        if (current) spans.push(current)
        current = {start: t.start, end: t.end}
        number = t.sentence
      } else current.end = t.end
    }
    if (current) spans.push(current)
  }
  return spans
}
