import type {ParseEnglish} from 'parse-english'
import {textOf, type Node, type Parent, type Plugin} from './loose-nlcst.js'
import {mergeEnglishElisionExceptions, mergeFinalWordSymbol, mergeInitialWordSymbol, mergeInnerWordSlash, mergeInnerWordSymbol} from './word-merge-loops.js'

/*
 * parse-latin runs each plugin through unist-util-modify-children and array-iterate,
 * whose one shared loop calls every plugin's callback: V8 cannot inline any of them,
 * and that machinery was about a third of the parser's time on news text. Redone
 * as plain loops with the same rules, the same index moves and the same node
 * changes: the plugins that walk every token of a sentence (but `mergeInitialisms`;
 * those are in word-merge-loops.ts),
 * `patchPosition` (run on every sentence, paragraph and root) and
 * `breakImplicitSentences` (which split the text of every white space token to count
 * its lines). The rest stay parse-latin's own. The property test in
 * english-parser.test.ts compares whole trees with the installed parse-english on
 * random text and on the sample articles.
 */

/**
 * parse-english 7's plugin lists with our loops in place of parse-latin's, or null
 * when the lists are not the ones these loops were written for (then the installed
 * plugins run, as they are).
 */
export function monomorphicPlugins(parser: ParseEnglish): {sentence: Plugin[], paragraph: Plugin[], root: Plugin[]} | null {
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
