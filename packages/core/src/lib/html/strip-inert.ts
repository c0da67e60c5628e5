import {keepsAllAttributes, unreadAttributeSpans} from './unread-attributes.js'

/**
 * Remove from a page, before it is parsed, what no step of extraction reads:
 * comments, scripts (except JSON-LD, which the metadata reads), style sheets, and the
 * drawing inside inline `<svg>` icons (the `<svg>` element itself stays, empty, so
 * the tree keeps its shape). They are a third to a half of a news page's bytes and
 * thousands of nodes that linkedom would build, and Readability and the block reader
 * would walk past, only to drop them. Attributes nothing reads go too (see
 * `unreadAttribute`).
 *
 * The scan follows htmlparser2's tokenizer (the parser under linkedom) where it
 * matters: a tag ends at the first `>` outside a quoted attribute value, the text of
 * `<script>`, `<style>`, `<title>`, `<textarea>` and `<xmp>` runs to its own end tag,
 * so that a `<!--` or `<script` inside them or inside an attribute is not taken for
 * markup. Where it cannot be sure (a self-closing `<script/>`, an `<svg>` whose end
 * tag never comes), it leaves the markup as it was.
 */
export function stripInert(html: string): string {
  const parts: string[] = []
  let kept = 0
  let at = 0
  // Inside `<object>`, whose HTML Readability tests for video links, every attribute stays.
  let inObject = 0
  const drop = (start: number, end: number) => {
    parts.push(html.slice(kept, start))
    kept = end
  }
  for (;;) {
    const open = html.indexOf('<', at)
    if (open < 0 || open + 1 >= html.length) break
    const next = html.charCodeAt(open + 1)
    if (next === 33 /* ! */) {
      if (html.startsWith('<!--', open)) {
        const close = html.indexOf('-->', open + 4)
        const end = close < 0 ? html.length : close + 3
        drop(open, end)
        at = end
      } else {
        at = endOfSection(html, open)
      }
      continue
    }
    if (next === 47 /* / */ || next === 63 /* ? */) {
      if (inObject > 0 && next === 47 && /^object[\s/>]/i.test(html.slice(open + 2, open + 9))) inObject--
      at = endOfSection(html, open)
      continue
    }
    if (!isAsciiLetter(next)) {
      at = open + 1
      continue
    }
    const tag = readTag(html, open)
    at = tag.end
    if (tag.name === 'object' && !tag.selfClosing) inObject++
    else if (inObject === 0 && html.charCodeAt(tag.end - 1) === 62 && !keepsAllAttributes.has(tag.name) && !rawText.has(tag.name)) {
      const spans = unreadAttributeSpans(html, open + 1 + tag.name.length, tag.end, tag.name)
      if (spans) for (let i = 0; i < spans.length; i += 2) drop(spans[i] as number, spans[i + 1] as number)
    }
    if (tag.selfClosing) continue
    if (rawText.has(tag.name)) {
      const end = endOfRawText(html, tag.end, tag.name)
      if ((tag.name === 'script' && !/ld\+json/i.test(html.slice(open, tag.end))) || tag.name === 'style') drop(open, end)
      at = end
    } else if (tag.name === 'svg') {
      const close = closingSvg(html, tag.end)
      if (close >= 0) {
        drop(tag.end, close)
        at = close
      }
    }
  }
  if (kept === 0) return html
  parts.push(html.slice(kept))
  return parts.join('')
}

/** Elements whose content htmlparser2 reads as text up to their own end tag. */
const rawText = new Set(['script', 'style', 'title', 'textarea', 'xmp'])

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13
}

/** Past the `>` that ends a declaration, processing instruction or end tag. */
function endOfSection(html: string, from: number): number {
  const close = html.indexOf('>', from + 1)
  return close < 0 ? html.length : close + 1
}

/** An open tag at `from`: its name (lower case), where it ends (past `>`) and whether it closes itself (`/>`). */
function readTag(html: string, from: number): {name: string; end: number; selfClosing: boolean} {
  let at = from + 1
  while (at < html.length) {
    const c = html.charCodeAt(at)
    if (isSpace(c) || c === 47 || c === 62) break
    at++
  }
  const name = html.slice(from + 1, at).toLowerCase()
  // Attributes: a quote only opens a value right after `=` (and spaces); elsewhere it is a character of a name.
  let afterEquals = false
  let slash = false
  while (at < html.length) {
    const c = html.charCodeAt(at)
    if (afterEquals && (c === 34 || c === 39)) {
      const close = html.indexOf(c === 34 ? '"' : "'", at + 1)
      if (close < 0) return {name, end: html.length, selfClosing: false}
      at = close + 1
      afterEquals = false
      slash = false
      continue
    }
    if (c === 62) return {name, end: at + 1, selfClosing: slash}
    if (c === 61) afterEquals = true
    else if (!isSpace(c)) afterEquals = false
    slash = c === 47
    at++
  }
  return {name, end: html.length, selfClosing: false}
}

/** Past the end tag of a raw-text element (`</script` then a space or `>`, up to its `>`), or the end of the page. */
function endOfRawText(html: string, from: number, name: string): number {
  const pattern = closers.get(name) as RegExp
  pattern.lastIndex = from
  const match = pattern.exec(html)
  return match ? endOfSection(html, match.index) : html.length
}

const closers = new Map([...rawText].map((name) => [name, new RegExp(`</${name}[\\s>]`, 'gi')]))

/** Where the `</svg` that closes the `<svg>` opened before `from` begins, or -1 when it does not close. */
function closingSvg(html: string, from: number): number {
  const pattern = /<(\/?)svg[\s/>]/gi
  pattern.lastIndex = from
  let depth = 1
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[1]) {
      if (--depth === 0) return match.index
      continue
    }
    const tag = readTag(html, match.index)
    if (!tag.selfClosing) depth++
    pattern.lastIndex = tag.end
  }
  return -1
}
