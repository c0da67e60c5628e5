/**
 * HTML nested deeper than a parser can take in linear time. htmlparser2 (under
 * linkedom) keeps its open elements with `unshift`, so each tag costs the depth and
 * 100,000 nested `<div>`s take half a minute; Readability then walks the same depth.
 * Real pages nest a few dozen elements deep. Past `maxDepth`, the deeper tags are
 * blanked out (each replaced by as many spaces, so every offset into the page still
 * holds) and their text stays, read as if it were in the element at the limit.
 */

/** The deepest nesting kept as elements. */
export const maxDepth = 400

/** Elements with no content, or whose end tag the parser implies (they do not nest in practice). */
const flat = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'html', 'head', 'body'])

// A tag runs to its first `>`; it closes itself when a `/` comes right before that `>`
// (found by looking, not by a lazy `[^>]*?(\/?)>`, which tries the end at every character).
const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g

/** The page with tags past `maxDepth` blanked, and how many were; the page itself when none were. */
export function flattenDeepNesting(html: string): {html: string, blanked: number} {
  let depth = 0
  let blanked = 0
  const parts: string[] = []
  let from = 0
  tag.lastIndex = 0
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    const [text, close, rawName] = match
    const name = rawName!.toLowerCase()
    const selfClosing = text.length - 2 > close!.length + rawName!.length && text.charCodeAt(text.length - 2) === 47
    if (flat.has(name) || selfClosing) continue
    let deep: boolean
    if (close) {
      deep = depth > maxDepth
      depth = Math.max(0, depth - 1)
    } else {
      depth++
      deep = depth > maxDepth
    }
    if (!deep) continue
    blanked++
    parts.push(html.slice(from, match.index), ' '.repeat(text.length))
    from = match.index + text.length
  }
  if (blanked === 0) return {html, blanked}
  parts.push(html.slice(from))
  return {html: parts.join(''), blanked}
}
