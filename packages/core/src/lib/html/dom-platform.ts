/**
 * Parse a page with the platform's own `DOMParser`: the DOM of the browser build, so
 * a browser bundle carries no second DOM. The HTML parser of a browser always gives
 * `<html>` with `<head>` and `<body>`, and runs no scripts in a parsed document.
 *
 * Web Workers have no `DOMParser`: there, parse the page on the main thread and pass
 * the `Document` to `parseArticle`, which reads it without a parser.
 */
export function parseHtml(html: string): Document {
  const Parser = (globalThis as {DOMParser?: typeof DOMParser}).DOMParser
  if (typeof Parser !== 'function') {
    throw new TypeError('Expected a DOMParser to read HTML, found none (a Web Worker has none): parse the page with DOMParser where there is one and pass the Document to parseArticle')
  }
  return new Parser().parseFromString(html, 'text/html')
}
