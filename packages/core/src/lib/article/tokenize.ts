import type {Paragraph, Root, Sentence as NlcstSentence} from 'nlcst'
import type {Block, Sentence, Word} from '../types.js'
import {EnglishParser} from './english-parser.js'
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
 * bodies stay linear, with offsets into `text`.
 *
 * parse-english already keeps "Dec. 29", "Gen. Dan Kane", "1:00 p.m. encounter" and
 * quotes ending in `."` or `.”` together; on top of it, a sentence is split at a
 * period followed by a capitalised function word ("…the U.S. The initial…", "on
 * Dec. 29. It was…", "at 9 p.m. The…"), which parse-english misses, unless the
 * period belongs to a title or a month ("Gen.", "Dec.").
 */
export function tokenize(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = []
  blocks.forEach((block, index) => {
    if (block.kind === 'boilerplate' || block.end <= block.start) return
    const tree: Root = parser.parse(text.slice(block.start, block.end))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const node of (paragraph as Paragraph).children) {
        if (node.type !== 'SentenceNode') continue
        for (const sentence of splitSentence(node, block.start, text)) {
          sentence.block = index
          sentences.push(sentence)
        }
      }
    }
  })
  return sentences
}

function splitSentence(node: NlcstSentence, base: number, text: string): Sentence[] {
  const out: Sentence[] = []
  let words: Word[] = []
  let start = -1
  let end = -1
  const flush = () => {
    if (start >= 0 && end > start) out.push({start, end, text: text.slice(start, end), block: 0, words})
    words = []
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
      if (start >= 0 && next && next.type === 'WordNode' && text.charCodeAt(end - 1) === 46 /* . */ &&
        sentenceStarters.has(wordText(next, base, text)) && !endsWithTitleOrMonth(text, previousEnd, end)) {
        flush()
      }
      continue
    }
    if (start < 0) start = childStart
    end = childEnd
    if (child.type === 'WordNode') {
      words.push({start: childStart, end: childEnd, text: text.slice(childStart, childEnd)})
      previousEnd = childEnd
    }
  }
  flush()
  return out
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
