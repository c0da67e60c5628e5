import {parseHTML} from 'linkedom'

/**
 * Parse a page into a DOM with linkedom (fast, no layout, isomorphic).
 *
 * linkedom builds the tree from what it is given and does not invent the
 * `<html>`/`<head>`/`<body>` that browsers add: a fragment such as `<p>hi` comes back
 * with `<p>` as the document element, and `document.body` then throws. So a page
 * without a proper document element, or with content outside `<body>`, is wrapped
 * (or tidied) into one first. Paths in the source map point into this normalised
 * document, which for any well-formed page is the page itself.
 */
export function parseDocument(html: string): Document {
  let document = parseHTML(html).document as unknown as Document
  if (!hasBody(document)) document = parseHTML(wrap(html)).document as unknown as Document
  if (!hasBody(document)) document = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document
  adoptStrays(document)
  return document
}

function hasBody(document: Document): boolean {
  const root = document.documentElement as Element | null
  if (!root || root.localName !== 'html') return false
  try {
    return document.body !== null && document.body !== undefined
  } catch {
    return false
  }
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
 * Move elements and text that ended up beside `<body>` (as in
 * `<html><p>x</p></html>`) into it, where browsers put them and where Readability
 * looks.
 */
function adoptStrays(document: Document): void {
  const root = document.documentElement
  const body = document.body
  for (const node of Array.from(root.childNodes)) {
    if (node === body) continue
    if (node.nodeType === 1 && (node as Element).localName === 'head') continue
    if (node.nodeType === 1 || (node.nodeType === 3 && (node.textContent ?? '').trim() !== '')) body.appendChild(node)
  }
}
