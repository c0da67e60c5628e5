/**
 * The loose nlcst node shape that the parser's plugin loops read and change, and the
 * small helpers they share (plugin-loops.ts, word-merge-loops.ts).
 */
import {toString} from 'nlcst-to-string'

/** A parse-latin plugin: called with a sentence, paragraph or root node. */
export type Plugin = (node: never) => void
export interface Parent {
  children: Node[]
  position?: {start?: unknown, end?: unknown}
}
export interface Node {
  type: string
  value?: string
  children?: Node[]
  position?: {start: unknown, end: unknown}
}

/** The text of a node, as parse-latin reads it. */
export function textOf(node: Node): string {
  return toString(node as unknown as Parameters<typeof toString>[0])
}

/** A node grown to end where `to` ends (when both have positions). */
export function extendEnd(node: Node, to: Node): void {
  if (node.position && to.position) node.position.end = to.position.end
}

/** A node grown to start where `from` starts (when both have positions). */
export function extendStart(node: Node, from: Node): void {
  if (node.position && from.position) node.position.start = from.position.start
}

/** Whether a node is a mark (punctuation or a symbol), which parse-latin may merge into a word. */
export function isMark(node: Node): boolean {
  return node.type === 'SymbolNode' || node.type === 'PunctuationNode'
}
