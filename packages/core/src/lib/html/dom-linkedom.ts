import {parseHTML} from 'linkedom'

/**
 * Parse a page with linkedom: the DOM for runtimes without one (Node, Web Workers
 * given the Node build). Fast, no layout, no scripts run.
 *
 * linkedom builds the tree from what it is given and does not invent the
 * `<html>`/`<head>`/`<body>` that browsers add: a fragment such as `<p>hi` comes back
 * with `<p>` as the document element, and its `document.head`/`document.body`
 * getters create (and insert) elements when `<html>` does not start with `<head>`
 * then `<body>`. So a page without an `<html>` element is wrapped into one first.
 */
export function parseHtml(html: string): Document {
  let document = parseHTML(html).document as unknown as Document
  if ((document.documentElement as Element | null)?.localName !== 'html') {
    document = parseHTML(wrap(html)).document as unknown as Document
  }
  if ((document.documentElement as Element | null)?.localName !== 'html') {
    document = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document
  }
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
