import {parseHtml} from '#html-dom'

/**
 * The page as a DOM this module may change: a string is parsed (by the platform's
 * `DOMParser` in the browser build, by linkedom elsewhere, see `#html-dom` in
 * package.json), a `Document` is cloned, so the caller's stays as it was (extraction
 * numbers elements and Readability moves them).
 *
 * The children of `<html>` are then tidied the way browsers do (see `tidyRoot`).
 * Paths in the source map point into this normalised document, which for any
 * well-formed page is the page itself.
 */
export function parseDocument(page: string | Document): Document {
  const document = typeof page === 'string' ? parseHtml(page) : page.cloneNode(true) as Document
  if (!document.documentElement) throw new TypeError('Expected a Document with a root element, found an empty Document')
  tidyRoot(document)
  return document
}

/**
 * Make `<html>` hold `<head>` then `<body>` and nothing else: a missing one is
 * created; elements and text beside them (`<html><p>x</p></html>`, a second
 * `<body>`) move into the body, before or after its content as they stood; empty
 * strays are dropped, so that the paths of everything in the body stay as in the
 * page.
 */
function tidyRoot(document: Document): void {
  const root = document.documentElement
  const children = Array.from(root.childNodes)
  const elements = children.filter((node): node is Element => node.nodeType === 1)
  const head = elements.find((element) => element.localName === 'head') ?? document.createElement('head')
  const body = elements.find((element) => element.localName === 'body') ?? document.createElement('body')
  const before: Node[] = []
  const after: Node[] = []
  let seenBody = false
  for (const node of children) {
    if (node === body) {
      seenBody = true
      continue
    }
    if (node === head) continue
    node.parentNode?.removeChild(node)
    const hasText = (node.textContent ?? '').trim() !== ''
    if (!hasText || (node.nodeType !== 1 && node.nodeType !== 3)) continue
    const moved = node.nodeType === 1 && (node as Element).localName === 'body' ? Array.from(node.childNodes) : [node]
    ;(seenBody ? after : before).push(...moved)
  }
  if (head.parentNode !== root) root.prepend(head)
  else if (root.firstChild !== head) root.insertBefore(head, root.firstChild)
  if (body.parentNode !== root || head.nextSibling !== body) head.after(body)
  body.prepend(...before)
  body.append(...after)
}
