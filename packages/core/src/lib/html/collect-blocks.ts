import type {BlockKind, BoilerplateReason} from '../types.js'
import {embedInfo, isEmbed, signatureStart} from './embeds.js'
import {chromeReason} from './page-chrome.js'
import {isTagList, taggedLengths} from './tag-links.js'

/** A block before offsets are assigned: its kind, normalised text and source element. */
export interface RawBlock {
  kind: BlockKind
  text: string
  /** The source element (in the extracted tree; its origin is found by `SourceIndex`). */
  element: Element
  depth?: number
  reason?: BoilerplateReason
  author?: string
  handle?: string
  summary?: boolean
}

/** Elements whose whole text is one block. */
const leafTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'caption', 'dt', 'dd', 'tr', 'address', 'summary', 'legend'])
/** Elements that hold blocks (and, between them, loose inline text). */
const containerTags = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'menu', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'figure', 'details', 'fieldset', 'form', 'center', 'hgroup', 'li', 'blockquote', 'picture', 'video', 'audio'])
/** Elements with no readable text. */
const skipTags = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'head', 'title', 'meta', 'link', 'img', 'input', 'source', 'track', 'dialog'])
/** Beyond this depth the rest of a subtree is read as one block (byte soup nests deep). */
const maxDepth = 200

interface Context {
  /** Kind for paragraphs inside (list items, blockquotes). */
  kind: BlockKind
  /** Set when an ancestor is page furniture. */
  reason: BoilerplateReason | null
  /** Inside a `<figure>`: loose text there is a caption. */
  figure: boolean
  /** Length of the whole extracted text: a box holding most of it is the story, whatever its class. */
  total: number
  /** Text of `rel="tag"` links held by each element (see `taggedLengths`), or null when there are none. */
  tagged: Map<Element, number> | null
}

/**
 * Turn an extracted content tree into blocks in document order: paragraphs,
 * headings with their depth, list items, blockquotes, embeds, and boilerplate
 * recognised from markup (captions, share bars, related links, bylines by class).
 * Text-based boilerplate is classified later, on the text.
 */
export function collectBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = []
  walk(root, {kind: 'paragraph', reason: null, figure: false, total: (root.textContent ?? '').length, tagged: taggedLengths(root)}, blocks, 0, root)
  return blocks
}

function walk(element: Element, context: Context, blocks: RawBlock[], depth: number, root: Element): void {
  let run = ''
  let runTagged = 0
  const flush = () => {
    if (run.trim() !== '') push(blocks, context.figure && context.kind === 'paragraph' ? 'boilerplate' : context.kind, run, element, context, context.figure ? 'caption' : isTagList(run, runTagged) ? 'chrome' : null)
    run = ''
    runTagged = 0
  }
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) {
      run += node.textContent ?? ''
      continue
    }
    if (node.nodeType !== 1) continue
    const child = node as Element
    const tag = tagOf(child)
    if (skipTags.has(tag)) continue
    if (tag === 'br') {
      run += ' '
      continue
    }
    if (!leafTags.has(tag) && !containerTags.has(tag) && !isEmbed(child) && !hasBlockChild(child)) {
      run += textOf(child)
      runTagged += context.tagged?.get(child) ?? 0
      continue
    }
    flush()
    const inner = innerContext(child, context, root)
    if (isEmbed(child)) pushEmbed(blocks, child, inner)
    else if (/^h[1-6]$/.test(tag)) push(blocks, 'heading', textOf(child), child, inner, null, Number(tag[1]))
    else if (tag === 'figcaption' || tag === 'caption') push(blocks, 'boilerplate', textOf(child), child, inner, 'caption')
    else if (leafTags.has(tag) || depth >= maxDepth) {
      const text = textOf(child)
      push(blocks, inner.figure && inner.kind === 'paragraph' ? 'boilerplate' : inner.kind, text, child, inner, inner.figure ? 'caption' : isTagList(text, inner.tagged?.get(child) ?? 0) ? 'chrome' : null)
    }
    else if ((tag === 'li' || tag === 'blockquote') && !hasBlockChild(child)) push(blocks, inner.kind, textOf(child), child, inner, null)
    else walk(child, inner, blocks, depth + 1, root)
  }
  flush()
}

function innerContext(element: Element, context: Context, root: Element): Context {
  const tag = tagOf(element)
  let {kind, reason, figure} = context
  const {total, tagged} = context
  if (tag === 'li') kind = 'list-item'
  else if (tag === 'blockquote') kind = 'blockquote'
  else if (tag === 'figure') figure = true
  if (reason === null && element !== root) {
    const marked = chromeReason(element)
    // A marker on a big container ("article-body share-enabled") says nothing about
    // the story inside it; only small boxes that hold less than half of the picked
    // text are taken as furniture (a short story in a "read-more" box is still the story).
    if (marked) {
      const length = (element.textContent ?? '').length
      if (length <= 1500 && length * 2 < total) reason = marked
    }
  }
  return {kind, reason, figure, total, tagged}
}

function push(blocks: RawBlock[], kind: BlockKind, raw: string, element: Element, context: Context, reason: BoilerplateReason | null, depth?: number): void {
  const text = normalise(raw)
  if (text === '') return
  const block: RawBlock = {kind, text, element}
  const why = context.reason ?? reason
  if (why) {
    block.kind = 'boilerplate'
    block.reason = why
  } else if (kind === 'boilerplate') block.reason = 'chrome'
  if (depth !== undefined && block.kind === 'heading') block.depth = depth
  blocks.push(block)
}

/** An embedded post: the post text as an `embed`, its signature as boilerplate. */
function pushEmbed(blocks: RawBlock[], element: Element, context: Context): void {
  const text = normalise(textOf(element))
  if (text === '') return
  const info = embedInfo(text)
  const cut = signatureStart(text)
  const post = cut > 0 ? text.slice(0, cut).trim() : text
  const block: RawBlock = {kind: 'embed', text: post, element, ...info}
  if (context.reason) Object.assign(block, {kind: 'boilerplate', reason: context.reason})
  blocks.push(block)
  if (cut > 0) blocks.push({kind: 'boilerplate', reason: 'embed-signature', text: text.slice(cut).trim(), element})
}

/** Whether an element has a direct child that is a block. */
function hasBlockChild(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    const tag = tagOf(child)
    if (leafTags.has(tag) || (containerTags.has(tag) && tag !== 'picture' && tag !== 'video' && tag !== 'audio')) return true
  }
  return false
}

/**
 * The visible text of an element: text nodes in order, a space for `<br>` and
 * between block elements (so table cells and list items do not run together),
 * nothing from scripts, styles or SVG.
 */
export function textOf(element: Element): string {
  let out = ''
  readText(element, (piece) => {
    out += piece
    return true
  })
  return out
}

/**
 * Whether `normalise(textOf(element))` is longer than `limit`, read only as far as
 * needed: a block deep in a container (byte soup nested hundreds deep) is compared
 * with each container's text, and reading all of it each time is quadratic.
 */
export function normalisedLongerThan(element: Element, limit: number): boolean {
  let length = 0
  let space = false
  readText(element, (piece) => {
    for (let i = 0; i < piece.length; i++) {
      if (isSpace(piece.charCodeAt(i))) {
        space = length > 0
        continue
      }
      length += space ? 2 : 1
      space = false
    }
    return length <= limit
  })
  return length > limit
}

/** The code units `\s` matches. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Hand `read` each piece of `textOf(element)` in order, until it returns false. */
function readText(element: Element, read: (piece: string) => boolean): void {
  const stack: Node[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.nodeType === 3) {
      if (!read(node.textContent ?? '')) return
      continue
    }
    if (node.nodeType !== 1) continue
    const tag = tagOf(node as Element)
    if (skipTags.has(tag) && node !== element) continue
    if ((tag === 'br' || leafTags.has(tag) || containerTags.has(tag) || tag === 'td' || tag === 'th') && !read(' ')) return
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
}

/** Collapse runs of white space to one space and trim; the words stay as written. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * An element's tag in lower case: Readability renames elements with upper-case
 * names (`DIV`), which linkedom keeps as written.
 */
function tagOf(element: Element): string {
  const name = element.localName
  return name === 'DIV' || name === 'P' ? name.toLowerCase() : name
}
