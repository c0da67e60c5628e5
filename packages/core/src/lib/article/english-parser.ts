import type {SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'

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

/*
 * parse-latin runs each plugin through unist-util-modify-children and array-iterate,
 * whose one shared loop calls every plugin's callback: V8 cannot inline any of them,
 * and that machinery was about a third of the parser's time on news text. Redone
 * below as plain loops with the same rules, the same index moves and the same node
 * changes: the plugins that walk every token of a sentence (but `mergeInitialisms`),
 * `patchPosition` (run on every sentence, paragraph and root) and
 * `breakImplicitSentences` (which split the text of every white space token to count
 * its lines). The rest stay parse-latin's own. The property test in english-parser.test.ts compares whole trees with the
 * installed parse-english on random text and on the sample articles.
 */

type Plugin = (node: never) => void
interface Parent {
  children: Node[]
  position?: {start?: unknown, end?: unknown}
}
interface Node {
  type: string
  value?: string
  children?: Node[]
  position?: {start: unknown, end: unknown}
}

/**
 * parse-english 7's plugin lists with our loops in place of parse-latin's, or null
 * when the lists are not the ones these loops were written for (then the installed
 * plugins run, as they are).
 */
function monomorphicPlugins(parser: ParseEnglish): {sentence: Plugin[], paragraph: Plugin[], root: Plugin[]} | null {
  const sentence = parser.tokenizeSentencePlugins as unknown as Plugin[]
  const paragraph = parser.tokenizeParagraphPlugins as unknown as Plugin[]
  const root = parser.tokenizeRootPlugins as unknown as Plugin[]
  // [English elision, initial word symbol, final word symbol, inner word symbol, inner word slash, initialisms, patch position]
  const patch = sentence[6]
  if (sentence.length !== 7 || paragraph.length !== 13 || root.length !== 4 || paragraph[12] !== patch || root[3] !== patch) return null
  const swap = (list: Plugin[]) => list.map((plugin) => (plugin === patch ? patchPosition : plugin) as Plugin)
  // [English prefix exceptions, non-word sentences, affix symbol, lower-case letter, digit, prefix exceptions,
  //  affix exceptions, remaining full stops, initial white space, final white space, implicit breaks, empty nodes, patch]
  const paragraphPlugins = swap(paragraph)
  paragraphPlugins[10] = breakImplicitSentences as Plugin
  return {
    sentence: [mergeEnglishElisionExceptions, mergeInitialWordSymbol, mergeFinalWordSymbol, mergeInnerWordSymbol, mergeInnerWordSlash, sentence[5]!, patchPosition] as Plugin[],
    paragraph: paragraphPlugins,
    root: swap(root)
  }
}

/** The text of a node, as parse-latin reads it (`Node` is this file's loose nlcst node). */
function textOf(node: Node): string {
  return toString(node as unknown as Parameters<typeof toString>[0])
}

/** A node grown to end where `to` ends (when both have positions). */
function extendEnd(node: Node, to: Node): void {
  if (node.position && to.position) node.position.end = to.position.end
}

/** A node grown to start where `from` starts (when both have positions). */
function extendStart(node: Node, from: Node): void {
  if (node.position && from.position) node.position.start = from.position.start
}

function isMark(node: Node): boolean {
  return node.type === 'SymbolNode' || node.type === 'PunctuationNode'
}

/** parse-english's expressions for elisions ("o'", "'tis", "'em", "'90s"). */
const apostrophe = /^['’]$/
const elisionPrefix = /^(ol?)$/
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/

/**
 * parse-english's `mergeEnglishElisionExceptions`: "w/", "o' ", "'tis", "'90s" and
 * "'n'" keep their marks. A visitor, not a modifier: after a removal it goes on at
 * the next index, passing over the node that moved into this one, as the original.
 */
function mergeEnglishElisionExceptions(sentence: Parent): void {
  const siblings = sentence.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (!isMark(child)) continue
    const length = siblings.length
    const value = textOf(child)
    if (value === '/') {
      const sibling = siblings[index - 1]
      if (sibling && sibling.type === 'WordNode' && textOf(sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1)
        sibling.children!.push(child)
        extendEnd(sibling, child)
      }
      continue
    }
    if (!apostrophe.test(value)) continue
    const before = siblings[index - 1]
    if (index > 2 && index < length - 1 && before!.type === 'WordNode' && siblings[index - 2]!.type === 'WhiteSpaceNode' &&
      siblings[index + 1]!.type === 'WhiteSpaceNode' && elisionPrefix.test(textOf(before!).toLowerCase())) {
      siblings.splice(index, 1)
      before!.children!.push(child)
      extendEnd(before!, child)
      continue
    }
    if (index === length - 1 || siblings[index + 1]!.type !== 'WordNode' || (index !== 0 && siblings[index - 1]!.type === 'WordNode')) continue
    const sibling = siblings[index + 1]!
    const word = textOf(sibling).toLowerCase()
    const other = siblings[index + 2]
    if (elisionAffix.test(word)) {
      siblings.splice(index, 1)
      sibling.children!.unshift(child)
      extendStart(sibling, child)
    } else if (word === 'n' && other && other.type === 'PunctuationNode' && apostrophe.test(textOf(other))) {
      siblings.splice(index, 1)
      siblings.splice(index + 1, 1)
      sibling.children!.unshift(child)
      sibling.children!.push(other)
      extendStart(sibling, child)
      extendEnd(sibling, other)
    }
  }
}

/** parse-latin's `mergeInitialWordSymbol`: "&" before a word (and after no word) joins it. */
function mergeInitialWordSymbol(parent: Parent): void {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    if (index < 0) continue
    const child = children[index]!
    if (!isMark(child) || textOf(child) !== '&') continue
    const next = children[index + 1]
    if ((index > 0 && children[index - 1]!.type === 'WordNode') || !(next && next.type === 'WordNode')) continue
    children.splice(index, 1)
    next.children!.unshift(child)
    extendStart(next, child)
    // Look again at the node before, now next to a word.
    index -= 2
  }
}

/** parse-latin's `mergeFinalWordSymbol`: "-" after a word and before no word joins it. */
function mergeFinalWordSymbol(parent: Parent): void {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (index === 0 || !isMark(child) || textOf(child) !== '-') continue
    const previous = children[index - 1]
    const next = children[index + 1]
    if ((next && next.type === 'WordNode') || !previous || previous.type !== 'WordNode') continue
    children.splice(index, 1)
    previous.children!.push(child)
    extendEnd(previous, child)
    index--
  }
}

/** parse-latin's `wordSymbolInner`. */
const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

/** parse-latin's `mergeInnerWordSymbol`: words joined by inner-word marks ("don't", "e-mail", "U.S") become one. */
function mergeInnerWordSymbol(parent: Parent): void {
  const siblings = parent.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (index === 0 || !isMark(child)) continue
    const previous = siblings[index - 1]
    if (!previous || previous.type !== 'WordNode') continue
    let position = index - 1
    const tokens: Node[] = []
    let queue: Node[] = []
    while (siblings[++position]) {
      const sibling = siblings[position]!
      if (sibling.type === 'WordNode') {
        for (const token of queue) tokens.push(token)
        for (const token of sibling.children!) tokens.push(token)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(textOf(sibling))) {
        queue.push(sibling)
      } else {
        break
      }
    }
    if (tokens.length === 0) continue
    if (queue.length > 0) position -= queue.length
    siblings.splice(index, position - index)
    // A loop, not push(...tokens): a word of a million hyphenated parts would pass a
    // million arguments and overflow the stack.
    const children = previous.children!
    for (const token of tokens) children.push(token)
    extendEnd(previous, tokens[tokens.length - 1]!)
    index--
  }
}

/** parse-latin's `mergeInnerWordSlash`: short words around "/" ("w/o", "and/or" stays apart) become one. */
function mergeInnerWordSlash(parent: Parent): void {
  const siblings = parent.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    const previous = siblings[index - 1]
    if (!previous || previous.type !== 'WordNode' || !isMark(child) || textOf(child) !== '/') continue
    const previousValue = textOf(previous)
    let tail = child
    const queue: Node[] = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (next && next.type === 'WordNode') {
      nextValue = textOf(next)
      tail = next
      queue.push(...next.children!)
      count++
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      previous.children!.push(...queue)
      siblings.splice(index, count)
      extendEnd(previous, tail)
      index--
    }
  }
}

/** Whether white space holds two or more line breaks (`\r\n` is one): `value.split(/\r\n|\r|\n/).length >= 3`. */
function hasBlankLine(value: string): boolean {
  if (value.length < 2) return false
  let breaks = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 13) {
      breaks++
      if (value.charCodeAt(i + 1) === 10) i++
    } else if (c === 10) {
      breaks++
    }
    if (breaks >= 2) return true
  }
  return false
}

/** parse-latin's `breakImplicitSentences`: a sentence breaks at white space with a blank line in it. */
function breakImplicitSentences(parent: Parent): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!
    if (child.type !== 'SentenceNode') continue
    const children = child.children!
    // Not the first child nor the last.
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!
      if (node.type !== 'WhiteSpaceNode' || !hasBlankLine(textOf(node))) continue
      child.children = children.slice(0, position)
      const insertion: Node = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]!
      const head = children[position + 1]!
      parent.children.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      // Go on after the white space, with the new sentence.
      break
    }
  }
}

/** parse-latin's `patchPosition`: a parent without a start or an end takes its first child's start and last child's end. */
function patchPosition(node: Parent): void {
  const children = node.children
  const length = children.length
  if (length === 0) return
  const first = children[0]!
  if (first.position && (!node.position || !node.position.start)) {
    node.position ??= {}
    node.position.start = first.position.start
  }
  const last = children[length - 1]!
  if (last.position && (!node.position || !node.position.end)) {
    node.position ??= {}
    node.position.end = last.position.end
  }
}
