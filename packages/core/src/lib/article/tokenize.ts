import type {Paragraph, Root, Sentence as NlcstSentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Block, Sentence, Word} from '../types.js'
import {sentenceStarters} from './sentence-starters.js'

const parser = new ParseEnglish()

/** A word ending in a period that parse-english keeps inside a sentence. */
const dottedAbbreviation = /^(?:[A-Za-z]\.){2,}$|^(?:Inc|Corp|Co|Ltd|Jr|Sr|etc)\.$/

/**
 * Split story blocks into sentences and words with unified's English parser
 * (parse-english, the parser behind retext-english), block by block so that long
 * bodies stay linear, with offsets into `text`.
 *
 * parse-english already keeps "Dec. 29", "Gen. Dan Kane", "1:00 p.m. encounter" and
 * quotes ending in `."` or `.”` together; on top of it, a sentence is split after a
 * dotted abbreviation followed by a capitalised function word ("…the U.S. The
 * initial…"), which parse-english misses.
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
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    const position = child.position
    if (!position || position.start.offset === undefined || position.end.offset === undefined) continue
    const childStart = base + position.start.offset
    const childEnd = base + position.end.offset
    if (child.type === 'WhiteSpaceNode') {
      // A break after an abbreviation that really ended the sentence.
      const previous = words[words.length - 1]
      const next = children[i + 1]
      if (previous && next && next.type === 'WordNode' && previous.end === end &&
        dottedAbbreviation.test(previous.text) && sentenceStarters.has(wordText(next, base, text))) {
        flush()
      }
      continue
    }
    if (start < 0) start = childStart
    end = childEnd
    if (child.type === 'WordNode') words.push({start: childStart, end: childEnd, text: text.slice(childStart, childEnd)})
  }
  flush()
  return out
}

function wordText(node: NlcstSentence['children'][number], base: number, text: string): string {
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return ''
  return text.slice(base + position.start.offset, base + position.end.offset)
}
