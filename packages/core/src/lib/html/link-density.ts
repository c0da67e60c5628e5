import {normalise, normalisedLongerThan, textOf} from './collect-blocks.js'

/**
 * The share of a block's text that sits in links (`<a>`), from 0 to 1, or `null`
 * when `element` holds more than the block (loose text read from a container). A
 * paragraph that is all link is a pointer to another page: a headline in a box of
 * related stories, a menu item, "Read the full report".
 */
export function linkDensity(element: Element, text: string): number | null {
  if (normalisedLongerThan(element, text.length + 8)) return null
  const own = normalise(textOf(element))
  if (own.length === 0 || own.length > text.length + 8) return null
  let linked = 0
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Element
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'a' || child.localName === 'A') linked += normalise(textOf(child)).length
      else stack.push(child)
    }
  }
  return Math.min(1, linked / own.length)
}
