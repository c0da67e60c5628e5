import {extendEnd, extendStart, isMark, textOf, type Node, type Parent} from './loose-nlcst.js'

/** parse-english's expressions for elisions ("o'", "'tis", "'em", "'90s"). */
const apostrophe = /^['’]$/
const elisionPrefix = /^(ol?)$/
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/

/**
 * parse-english's `mergeEnglishElisionExceptions`: "w/", "o' ", "'tis", "'90s" and
 * "'n'" keep their marks. A visitor, not a modifier: after a removal it goes on at
 * the next index, passing over the node that moved into this one, as the original.
 */
export function mergeEnglishElisionExceptions(sentence: Parent): void {
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
export function mergeInitialWordSymbol(parent: Parent): void {
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
export function mergeFinalWordSymbol(parent: Parent): void {
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
export function mergeInnerWordSymbol(parent: Parent): void {
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
export function mergeInnerWordSlash(parent: Parent): void {
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
