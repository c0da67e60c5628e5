import type {Block, Span} from '../types.js'
import type {MarkedRun} from './scan-quote-marks.js'

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

const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?|[,;:()[\]—–]|-+|[.!?…]+/gu
const abbreviation = /^(?:[A-Za-z]\.){2,}$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|Ft|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|[A-Z])\.$/

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
    const tokens: FrameToken[] = []
    let at = block.start
    let sentence = 0
    const push = (t: Omit<FrameToken, 'sentence'>) => {
      tokens.push({kind: t.kind, text: t.text, lower: t.lower, start: t.start, end: t.end, cap: t.cap, possessive: t.possessive, run: t.run, sentence})
      if (t.kind === 'end') sentence++
    }
    while (r < runs.length && runs[r]!.block < index) r++
    while (at < block.end) {
      const run = runs[r]
      const stop = run && run.block === index ? run.open : block.end
      lex(text, at, stop, push)
      if (!run || run.block !== index) break
      const end = run.close >= 0 ? run.close + 1 : run.end
      push({kind: 'quote', text: text.slice(run.open, end), lower: '', start: run.open, end, cap: false, possessive: false, run: r})
      // A quote that ends with its own period, before a capitalised word, ended its sentence.
      if (/[.?!…]\s*["'”’»]?\s*$/.test(text.slice(run.open, end)) && /^\s+["“‘]?\p{Lu}/u.test(text.slice(end, end + 4))) sentence++
      at = end
      r++
    }
    frames.push({block: index, tokens})
  })
  return frames
}

function lex(text: string, from: number, to: number, push: (t: Omit<FrameToken, 'sentence'>) => void): void {
  if (to <= from) return
  const slice = text.slice(from, to)
  tokenPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = tokenPattern.exec(slice)) !== null) {
    const raw = match[0]
    const start = from + match.index
    const c0 = raw.charCodeAt(0)
    const alnum = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : /^[\p{L}\p{N}]/u.test(raw)
    if (alnum) {
      let word = raw
      let cut = false
      if (word.charCodeAt(word.length - 1) === 46 && !abbreviation.test(word)) { word = word.slice(0, -1); cut = true }
      const endsInS = word.charCodeAt(word.length - 1) === 115
      const apostropheS = endsInS && /[’']s$/.test(word)
      // "Russia’s", and "Sanders’ charge" (a plural-style possessive: the mark follows the word).
      const possessive = apostropheS || (endsInS && /^[’'](?![\p{L}])/u.test(text.slice(start + raw.length, start + raw.length + 2)))
      const lower = (apostropheS ? word.slice(0, -2) : word).toLowerCase()
      const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(word)
      push({kind: 'word', text: word, lower, start, end: start + word.length, cap, possessive, run: -1})
      // A period before a bracket or a comma ("(D-Wash.)") ends a word, not a sentence.
      if (cut && /[),]/.test(text[start + raw.length] ?? '')) cut = false
      if (cut) push({kind: 'end', text: '.', lower: '.', start: start + word.length, end: start + raw.length, cap: false, possessive: false, run: -1})
      else if (word.endsWith('.') && /^(?:[A-Za-z]\.){2,}$/.test(word) && /^\s+(?:The|He|She|It|They|We|But|In|On|A|This|That)\b/.test(text.slice(start + raw.length, start + raw.length + 6))) {
        // "…backed by the U.S. The initial…": the abbreviation ended the sentence.
        push({kind: 'end', text: '', lower: '', start: start + raw.length, end: start + raw.length, cap: false, possessive: false, run: -1})
      }
      continue
    }
    const kind = /^[.!?]/.test(raw) ? 'end' : 'punct'
    push({kind, text: raw, lower: raw, start, end: start + raw.length, cap: false, possessive: false, run: -1})
  }
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
