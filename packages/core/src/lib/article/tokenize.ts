import type {Paragraph, Root, Sentence as NlcstSentence} from 'nlcst'
import type {Block, Sentence, Word} from '../types.js'
import {EnglishParser} from './english-parser.js'
import {parsePieces} from './parse-pieces.js'
import {sentenceStarters} from './sentence-starters.js'

const parser = new EnglishParser()

/**
 * Abbreviations whose period never ends a sentence before a capitalised word:
 * titles before names ("Gen. Dan Kane") and months before days ("Dec. 29").
 */
const titleOrMonth = /^(?:Mr|Mrs|Ms|Mx|Dr|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Capt|Cmdr|Sgt|Adm|Maj|Prof|Rev|Hon|Pres|Supt|Insp|Det|St|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|Vol|Fig|Art)$/

/**
 * Split story blocks into sentences and words with unified's English parser
 * (parse-english, the parser behind retext-english), block by block so that long
 * bodies stay linear, with offsets into `text` (a block longer than any real
 * paragraph in pieces, see parse-pieces.ts).
 *
 * parse-english already keeps "Dec. 29", "Gen. Dan Kane", "1:00 p.m. encounter" and
 * quotes ending in `."` or `.”` together; on top of it, a sentence is split at a
 * period followed by a capitalised function word ("…the U.S. The initial…", "on
 * Dec. 29. It was…", "at 9 p.m. The…"), which parse-english misses, unless the
 * period belongs to a title or a month ("Gen.", "Dec.").
 */
export function tokenize(text: string, blocks: readonly Block[]): Sentence[] {
  sentenceBuffer.length = 0
  blocks.forEach((block, index) => {
    if (block.kind === 'boilerplate' || block.end <= block.start) return
    // A very long block in pieces: the parser's merges grow with the square of what it reads at once.
    for (const [start, end] of parsePieces(text, block.start, block.end)) {
      const tree: Root = parser.parse(text.slice(start, end))
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const node of (paragraph as Paragraph).children) {
          if (node.type !== 'SentenceNode') continue
          splitSentence(node, start, text, index)
          // Done with this sentence's tokens: let them go (see below).
          node.children.length = 0
        }
        paragraph.children.length = 0
      }
    }
  })
  const sentences = sentenceBuffer.slice()
  sentenceBuffer.length = 0
  return joinNumberAbbreviations(sentences, text)
}

/** Abbreviations that stand before a number ("No. 2", "Vol. 3", "Art. 5"), where parse-english splits. */
const beforeNumber = /(?:^|[^\p{L}])(?:No|Nos|Vol|Vols|Art|Fig|Figs|Ch|Sec|Pt|pp?)\.$/u

/**
 * Join "He ranked No." and "2 in the state." back into one sentence. Linear in the
 * run joined ("No. 2 No. 2 …" is one long run): only the tail of the sentence before
 * is tested, and a joined sentence's words grow in place instead of being copied.
 */
function joinNumberAbbreviations(sentences: Sentence[], text: string): Sentence[] {
  let joined: Sentence[] | null = null
  // The words array of the last joined sentence, ours to extend.
  let grown: Word[] | null = null
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!
    const previous = joined ? joined[joined.length - 1] : sentences[i - 1]
    if (previous && previous.block === sentence.block && /^\d/.test(sentence.text) && beforeNumber.test(previous.text.slice(-abbreviationTail)) &&
      /^\s*$/.test(text.slice(previous.end, sentence.start))) {
      joined ??= sentences.slice(0, i)
      let words = previous.words
      if (words === grown) for (const word of sentence.words) words.push(word)
      else words = grown = previous.words.concat(sentence.words)
      joined[joined.length - 1] = new PlainSentence(previous.start, sentence.end, text.slice(previous.start, sentence.end), sentence.block, words)
      continue
    }
    joined?.push(sentence)
  }
  return joined ?? sentences
}

/** Enough of a sentence's end for `beforeNumber`: its longest abbreviation, period and the character before. */
const abbreviationTail = 8

/** Sentences of the article being tokenised, and words of the sentence being read (see below). */
const sentenceBuffer: Sentence[] = []
const wordBuffer: Word[] = []

/** Add the sentences of one parse-english sentence (split further at missed boundaries) to `sentenceBuffer`. */
function splitSentence(node: NlcstSentence, base: number, text: string, block: number): void {
  wordBuffer.length = 0
  let start = -1
  let end = -1
  const flush = () => {
    if (start >= 0 && end > start) sentenceBuffer.push(new PlainSentence(start, end, text.slice(start, end), block, wordBuffer.slice()))
    wordBuffer.length = 0
    start = -1
  }
  const children = node.children
  let previousEnd = -1
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    const position = child.position
    if (!position || position.start.offset === undefined || position.end.offset === undefined) continue
    const childStart = base + position.start.offset
    const childEnd = base + position.end.offset
    if (child.type === 'WhiteSpaceNode') {
      // A period before this space that really ended the sentence.
      const next = children[i + 1]
      if (start >= 0 && next && next.type === 'WordNode' && text.charCodeAt(end - 1) === 46 /* . */) {
        const following = wordText(next, base, text)
        if ((sentenceStarters.has(following) && !endsWithTitleOrMonth(text, previousEnd, end)) ||
          (previousEnd === end && endsWithNumber(text, following))) flush()
      }
      continue
    }
    if (start < 0) start = childStart
    end = childEnd
    if (child.type === 'WordNode') {
      wordBuffer.push(new PlainWord(childStart, childEnd, text.slice(childStart, childEnd)))
      previousEnd = childEnd
    }
  }
  flush()
}

/**
 * "… on March 2. Officials said …": a number, its period, then a capitalised word
 * ended the sentence (parse-english reads "2." as one word, an ordinal). Not a list marker
 * ("1. Officials", "reasons: 1. …"), the sentence's first word or after a colon.
 */
function endsWithNumber(text: string, following: string): boolean {
  const last = wordBuffer[wordBuffer.length - 1]
  if (!last || wordBuffer.length < 2 || !/^\d[\d,]*\.$/.test(last.text) || !/^\p{Lu}/u.test(following)) return false
  return !/[:(]\s*$/.test(text.slice(wordBuffer[wordBuffer.length - 2]!.end, last.start))
}

/** Whether the period at `end - 1` closes a title or month abbreviation ("Gen.", "Dec."). */
function endsWithTitleOrMonth(text: string, wordEnd: number, end: number): boolean {
  if (wordEnd < 0 || end - wordEnd > 1) return false
  let from = wordEnd
  while (from > 0 && /[A-Za-z]/.test(text[from - 1]!)) from--
  return titleOrMonth.test(text.slice(from, wordEnd))
}

function wordText(node: NlcstSentence['children'][number], base: number, text: string): string {
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return ''
  return text.slice(base + position.start.offset, base + position.end.offset)
}

/*
 * Garbage collection. Words and sentences live as long as their article, so a
 * scavenge that strikes while one is being built finds nearly all recent ones
 * alive, and V8 may then allocate that object or array literal's site straight
 * into old space from then on (always, once a program has kept many articles
 * alive, as bench/quotes.mjs does before its pipeline row). Each later word then
 * sits in old space holding a young string, and each sentence its young words,
 * until a full collection: in runs where this happened, scavenges kept ~2 MB each
 * and the pipeline ran ~40% slower. So, in this file:
 * - words and sentences are made with `new` (not tracked that way) by constructors
 *   whose prototype is Object.prototype: plain objects with the keys and key
 *   order the literals had;
 * - their arrays are copies (`slice`, not tracked either) of two scratch buffers;
 * - each parse-english sentence and paragraph is emptied once read, so that an
 *   old node of parse-latin's (whose literals we do not control) does not keep
 *   its young tokens alive after the tree is dropped.
 */

interface WordConstructor {
  new (start: number, end: number, text: string): Word
}

interface SentenceConstructor {
  new (start: number, end: number, text: string, block: number, words: Word[]): Sentence
}

const PlainWord = function (this: Word, start: number, end: number, text: string) {
  this.start = start
  this.end = end
  this.text = text
} as unknown as WordConstructor
PlainWord.prototype = Object.prototype

const PlainSentence = function (this: Sentence, start: number, end: number, text: string, block: number, words: Word[]) {
  this.start = start
  this.end = end
  this.text = text
  this.block = block
  this.words = words
} as unknown as SentenceConstructor
PlainSentence.prototype = Object.prototype
