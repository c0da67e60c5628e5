import type {ElementTracker} from './readability.js'

/**
 * Where each element of the original page sat, recorded before Readability moves,
 * renames and removes elements, so that a block can be traced back to its source.
 *
 * Each element is numbered in document order, in a property of its own under a
 * private symbol: not an attribute (one more node for linkedom to create and for
 * every later walk of the tree to pass), nor a `WeakMap` (whose tens of thousands of
 * entries per page cost the garbage collector more than the walk that fills it). Readability replaces elements in two ways, which
 * the index follows as the `ElementTracker` it is given: renaming one (the new
 * element takes the old one's number) and rebuilding the page from its HTML for a
 * second attempt (the rebuilt elements are matched to the old ones in document
 * order). Paths are built lazily from the parent links and `:nth-of-type` counts
 * kept here, so a page pays only for the paths of the blocks it yields.
 */
export class SourceIndex implements ElementTracker {
  private readonly elements: Element[] = []
  private readonly parents: number[] = []
  /** Position among same-tag siblings (1-based), or 0 when the tag is unique there. */
  private readonly nths: number[] = []
  private readonly tags: string[] = []
  private readonly paths = new Map<number, string>()
  /** How deep the element tree goes (`html` is 1). */
  depth = 0
  /** How many elements were numbered. */
  get size(): number {
    return this.tags.length
  }
  /** The page's `<meta>`, `<script>`, `<link>`, `<title>` and `<time>` elements, in document order. */
  readonly collected: Element[] = []

  /** Number every element under `root` (normally `document.documentElement`). */
  constructor(root: Element) {
    this.visit(root)
  }

  /** The original index of `element` or of its nearest numbered ancestor, or -1. */
  indexOf(element: Element | null): number {
    for (let node = element; node; node = node.parentElement) {
      const value = (node as Numbered)[numberKey]
      if (value !== undefined) return value
    }
    return -1
  }

  /** The element numbered `index` (in the tree as it was numbered), or null. */
  elementAt(index: number): Element | null {
    return this.elements[index] ?? null
  }

  renamed(element: Element, replacement: Element): void {
    const value = (element as Numbered)[numberKey]
    if (value !== undefined) (replacement as Numbered)[numberKey] = value
  }

  snapshot(page: Element): (rebuilt: Element) => void {
    const tags: string[] = []
    const values: number[] = []
    for (const element of descendants(page)) {
      tags.push(element.localName.toLowerCase())
      values.push((element as Numbered)[numberKey] ?? -1)
    }
    // The rebuilt page is parsed from the old one's HTML, so it normally holds the
    // same elements in the same order; where the parser reads the HTML otherwise,
    // an element takes the next old one of its tag, and one without stays unnumbered
    // (its blocks are traced to the nearest numbered ancestor).
    return (rebuilt) => {
      let at = 0
      for (const element of descendants(rebuilt)) {
        const tag = element.localName.toLowerCase()
        let next = at
        while (next < tags.length && tags[next] !== tag) next++
        if (next === tags.length) continue
        const value = values[next] as number
        if (value >= 0) (element as Numbered)[numberKey] = value
        at = next + 1
      }
    }
  }

  /** The tag name (lower case) of the element numbered `index`. */
  tagOf(index: number): string {
    return this.tags[index] ?? 'body'
  }

  /** The outermost element with one of `tags` at or around the element numbered `index`, or -1. */
  ancestorWith(index: number, tags: ReadonlySet<string>): number {
    let found = -1
    for (let at = index; at >= 0; at = this.parents[at] ?? -1) if (tags.has(this.tags[at] ?? '')) found = at
    return found
  }

  /** A CSS selector path from `html` to the element numbered `index`. */
  pathOf(index: number): string {
    if (index < 0 || index >= this.tags.length) return 'html > body'
    const cached = this.paths.get(index)
    if (cached !== undefined) return cached
    // A loop, not recursion: byte soup can nest thousands deep.
    const steps: string[] = []
    for (let at = index; at >= 0; at = this.parents[at] ?? -1) {
      const tag = cssTag(this.tags[at] ?? '')
      const nth = this.nths[at] ?? 0
      steps.push(nth > 0 ? `${tag}:nth-of-type(${nth})` : tag)
    }
    const path = steps.reverse().join(' > ')
    this.paths.set(index, path)
    return path
  }

  private visit(root: Element): void {
    // Explicit stacks, not recursion: byte soup can nest thousands deep. Parallel
    // arrays rather than a tuple per element, and steps as numbers turned into text
    // only for the paths asked for: a page has thousands of elements and few blocks.
    // Children are reached through `firstElementChild`/`nextElementSibling`, which
    // linkedom answers in constant time (its `children` list is rebuilt per access).
    const elements: Element[] = [root]
    const parents: number[] = [-1]
    const nths: number[] = [0]
    const levels: number[] = [1]
    const counts = new Map<string, number>()
    const seen = new Map<string, number>()
    while (elements.length > 0) {
      const node = elements.pop() as Element
      const parent = parents.pop() as number
      const nth = nths.pop() as number
      const level = levels.pop() as number
      if (level > this.depth) this.depth = level
      const index = this.tags.length
      const tag = node.localName
      this.parents.push(parent)
      this.nths.push(nth)
      this.tags.push(tag)
      if (collected.has(tag)) this.collected.push(node)
      ;(node as Numbered)[numberKey] = index
      this.elements.push(node)
      const first = node.firstElementChild
      if (!first) continue
      counts.clear()
      seen.clear()
      for (let child: Element | null = first; child; child = child.nextElementSibling) counts.set(child.localName, (counts.get(child.localName) ?? 0) + 1)
      const start = elements.length
      for (let child: Element | null = first; child; child = child.nextElementSibling) {
        const name = child.localName
        const count = seen.get(name) ?? 0
        seen.set(name, count + 1)
        elements.push(child)
        parents.push(index)
        // 0: the only child with this tag, so the step needs no `:nth-of-type`.
        nths.push((counts.get(name) ?? 0) > 1 ? count + 1 : 0)
        levels.push(level + 1)
      }
      // Reverse this node's children on the stacks so that they are numbered in document order.
      reverseFrom(elements, start)
      reverseFrom(parents, start)
      reverseFrom(nths, start)
      reverseFrom(levels, start)
    }
  }
}

/** The key of an element's number: a symbol, so that no page script or attribute can collide with it. */
const numberKey = Symbol('corroborate source index')
type Numbered = Element & {[numberKey]?: number}

/** Elements the metadata reader needs, gathered in the same walk (one pass over the page, not four). */
const collected = new Set(['meta', 'script', 'link', 'title', 'time'])

/** The elements under `root`, in document order. */
function* descendants(root: Element): Generator<Element> {
  let node: Element | null = root.firstElementChild
  while (node) {
    yield node
    if (node.firstElementChild) {
      node = node.firstElementChild
      continue
    }
    while (node && node !== root && !node.nextElementSibling) node = node.parentElement
    node = node && node !== root ? node.nextElementSibling : null
  }
}

function reverseFrom<T>(list: T[], start: number): void {
  for (let i = start, j = list.length - 1; i < j; i++, j--) {
    const item = list[i] as T
    list[i] = list[j] as T
    list[j] = item
  }
}

/** Escape a tag name for a selector (`fb:like` → `fb\:like`). */
function cssTag(tag: string): string {
  return /^[a-z][a-z0-9-]*$/.test(tag) ? tag : tag.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`)
}
