/** The attribute that carries an element's index in the original page through Readability. */
export const indexAttribute = 'data-corroborate-index'

/**
 * Where each element of the original page sat, recorded before Readability moves,
 * renames and removes elements, so that a block can be traced back to its source.
 *
 * Each element is numbered in document order and the number is written to a data
 * attribute, which Readability keeps (it clears classes and presentational
 * attributes, not `data-*`, and copies attributes when it renames a `<div>` to a
 * `<p>`). Paths are built lazily from the parent links and `:nth-of-type` counts kept
 * here, so a page pays only for the paths of the blocks it yields.
 */
export class SourceIndex {
  private readonly parents: number[] = []
  private readonly steps: string[] = []
  private readonly tags: string[] = []
  private readonly paths = new Map<number, string>()
  /** How deep the element tree goes (`html` is 1). */
  depth = 0

  /** Number every element under `root` (normally `document.documentElement`). */
  constructor(root: Element) {
    this.visit(root, -1, '')
  }

  /** The original index of `element` or of its nearest numbered ancestor, or -1. */
  indexOf(element: Element | null): number {
    for (let node = element; node; node = node.parentElement) {
      const value = node.getAttribute(indexAttribute)
      if (value !== null) return Number(value)
    }
    return -1
  }

  /** The tag name (lower case) of the element numbered `index`. */
  tagOf(index: number): string {
    return this.tags[index] ?? 'body'
  }

  /** A CSS selector path from `html` to the element numbered `index`. */
  pathOf(index: number): string {
    if (index < 0 || index >= this.steps.length) return 'html > body'
    const cached = this.paths.get(index)
    if (cached !== undefined) return cached
    // A loop, not recursion: byte soup can nest thousands deep.
    const steps: string[] = []
    for (let at = index; at >= 0; at = this.parents[at] ?? -1) steps.push(this.steps[at] ?? '')
    const path = steps.reverse().join(' > ')
    this.paths.set(index, path)
    return path
  }

  private visit(element: Element, parent: number, step: string): void {
    // An explicit stack, not recursion: byte soup can nest thousands deep.
    const stack: Array<[Element, number, string, number]> = [[element, parent, step || cssTag(element.localName), 1]]
    while (stack.length > 0) {
      const [node, parentIndex, nodeStep, level] = stack.pop() as [Element, number, string, number]
      if (level > this.depth) this.depth = level
      const index = this.steps.length
      this.parents.push(parentIndex)
      this.steps.push(nodeStep)
      this.tags.push(node.localName)
      node.setAttribute(indexAttribute, String(index))
      const children = Array.from(node.children)
      const counts = new Map<string, number>()
      for (const child of children) counts.set(child.localName, (counts.get(child.localName) ?? 0) + 1)
      const seen = new Map<string, number>()
      const childSteps: Array<[Element, number, string, number]> = []
      for (const child of children) {
        const tag = child.localName
        const nth = (seen.get(tag) ?? 0) + 1
        seen.set(tag, nth)
        const name = cssTag(tag)
        childSteps.push([child, index, (counts.get(tag) ?? 0) > 1 ? `${name}:nth-of-type(${nth})` : name, level + 1])
      }
      // Reverse so that children are numbered in document order.
      for (let i = childSteps.length - 1; i >= 0; i--) stack.push(childSteps[i] as [Element, number, string, number])
    }
  }
}

/** Escape a tag name for a selector (`fb:like` → `fb\:like`). */
function cssTag(tag: string): string {
  return /^[a-z][a-z0-9-]*$/.test(tag) ? tag : tag.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`)
}
