import type {SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {monomorphicPlugins} from './plugin-loops.js'

/** Token kinds of parse-latin's first pass, by the order it tests them. */
const whiteSpace = 1
const punctuation = 2
const word = 3
const symbol = 4
const typeNames = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

type Point = NonNullable<SentenceContent['position']>['start']

/**
 * unified's English parser (parse-english), with its first pass done by char code.
 *
 * parse-latin builds a tree in two steps: `tokenize` cuts the text into runs of
 * white space, punctuation, word characters and symbols (testing three Unicode
 * class expressions on every character and copying a position point per token),
 * then the sentence, paragraph and root plugins merge and split those tokens into
 * words and sentences ("U.S.", "don't", "Dec. 29", ".”"). That first step is about
 * half of the parser's time on news text.
 *
 * This subclass replaces only the first step, with the same rules: each UTF-16
 * code unit gets the class parse-latin itself gives it (asked once per code unit
 * from the inherited `tokenize` and remembered), and runs are cut exactly where
 * parse-latin cuts them — a word or white-space run goes on while the class stays
 * the same, punctuation and symbols only while the same character repeats or a
 * surrogate follows. Nodes, values and positions (line, column, offset) are the
 * same, so every plugin sees the tree it would have seen. Only point objects are
 * shared where parse-latin copies them (a token's end is the next one's start):
 * no plugin changes a point in place. A property test compares the two trees on
 * random text against the installed parse-english.
 */
export class EnglishParser extends ParseEnglish {
  constructor() {
    super()
    const plugins = monomorphicPlugins(this)
    if (plugins) {
      this.tokenizeSentencePlugins = plugins.sentence as unknown as ParseEnglish['tokenizeSentencePlugins']
      this.tokenizeParagraphPlugins = plugins.paragraph as unknown as ParseEnglish['tokenizeParagraphPlugins']
      this.tokenizeRootPlugins = plugins.root as unknown as ParseEnglish['tokenizeRootPlugins']
    }
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = 1
    let column = 1
    let from = 0
    let start: Point = new PointNode(1, 1, 0)
    let previousType = 0
    let previous = -1
    // One point per boundary: the end of a token is the start of the next (no
    // plugin changes a point in place, so sharing them changes no value).
    const flush = (type: number, offset: number): Point => {
      const text = value.slice(from, offset)
      const end = new PointNode(line, column, offset)
      if (type === word) {
        const textNode = new LiteralNode('TextNode', text, new PositionNode(start, end))
        children.push(new WordNode([textNode], new PositionNode(start, end)) as unknown as SentenceContent)
      } else {
        children.push(new LiteralNode(typeNames[type]!, text, new PositionNode(start, end)) as unknown as SentenceContent)
      }
      return end
    }
    const length = value.length
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index)
      const type = this.classOf(code)
      if (from < index && !(previousType === type && (type === word || type === whiteSpace || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        start = flush(previousType, index)
        from = index
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      previousType = type
      previous = code
    }
    if (from < length) flush(previousType, length)
    return children
  }

  /** parse-latin's class for one code unit, asked of the inherited `tokenize` once and remembered. */
  private classOf(code: number): number {
    let type = classes[code]!
    if (type === 0) {
      const node = super.tokenize(String.fromCharCode(code))[0]!
      type = node.type === 'WhiteSpaceNode' ? whiteSpace : node.type === 'PunctuationNode' ? punctuation : node.type === 'WordNode' ? word : symbol
      classes[code] = type
    }
    return type
  }
}

/** Class of each UTF-16 code unit seen so far (0: not asked yet). */
const classes = new Uint8Array(65536)

/*
 * Nodes are built with constructors rather than object literals, with the same
 * own properties in the same order. V8 may decide to allocate an object literal's
 * site straight into old space when a collection finds most of its recent objects
 * alive (as happens when one strikes in the middle of a long block); every token
 * node then lives in old space and holds young strings and positions until a full
 * collection: in runs that hit this, scavenges kept ~2 MB each and the pipeline ran
 * ~40% slower. Objects made by constructors are not tracked that way.
 */

class PointNode {
  line: number
  column: number
  offset: number
  constructor(line: number, column: number, offset: number) {
    this.line = line
    this.column = column
    this.offset = offset
  }
}

class PositionNode {
  start: Point
  end: Point
  constructor(start: Point, end: Point) {
    this.start = start
    this.end = end
  }
}

class LiteralNode {
  type: string
  value: string
  position: PositionNode
  constructor(type: string, value: string, position: PositionNode) {
    this.type = type
    this.value = value
    this.position = position
  }
}

class WordNode {
  type: 'WordNode'
  children: LiteralNode[]
  position: PositionNode
  constructor(children: LiteralNode[], position: PositionNode) {
    this.type = 'WordNode'
    this.children = children
    this.position = position
  }
}
