import {parseHTML} from 'linkedom'

/**
 * Parse a page into a DOM with linkedom (fast, no layout, isomorphic).
 *
 * linkedom builds the tree from what it is given and does not invent the
 * `<html>`/`<head>`/`<body>` that browsers add: a fragment such as `<p>hi` comes back
 * with `<p>` as the document element, and its `document.head`/`document.body`
 * getters create (and insert) elements when `<html>` does not start with `<head>`
 * then `<body>`. So a page without an `<html>` element is wrapped into one first, and
 * the children of `<html>` are tidied the way browsers do (see `tidyRoot`). Paths in
 * the source map point into this normalised document, which for any well-formed
 * page is the page itself.
 */
export function parseDocument(html: string): Document {
  let document = parseHTML(html).document as unknown as Document
  if ((document.documentElement as Element | null)?.localName !== 'html') {
    document = parseHTML(wrap(html)).document as unknown as Document
  }
  if ((document.documentElement as Element | null)?.localName !== 'html') {
    document = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document
  }
  tidyRoot(document)
  return document
}

/** Split a fragment at `</head>` (if any) and put it into a full document. */
function wrap(html: string): string {
  const cleaned = html.replace(/<!doctype[^>]*>/gi, '').replace(/<\/?(?:html|body)\b[^>]*>/gi, '')
  const close = /<\/head\s*>/i.exec(cleaned)
  const head = close ? cleaned.slice(0, close.index).replace(/<head\b[^>]*>/gi, '') : ''
  const body = close ? cleaned.slice(close.index + close[0].length) : cleaned
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`
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
