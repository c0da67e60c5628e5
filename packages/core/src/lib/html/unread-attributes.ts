/**
 * Attributes that neither Readability (0.6) nor any step of extraction reads, by
 * name: `data-*` (but `data-instgrm-permalink`, which marks an embedded post),
 * event handlers (`on…`), `aria-*` (but `aria-hidden` and `aria-modal`, which
 * Readability's visibility and dialog checks read), and `title`, `target`,
 * `tabindex`, `hreflang`, `xmlns…`, and `value`, `width`, `height` (Readability
 * only removes those). `name`, `content` and `type` are read on `<meta>` and
 * `<script>` alone (`tagKeeps`). A news page carries about one such attribute
 * per element; linkedom makes each one a node (three objects, one a `WeakMap`
 * entry) that every `textContent` of an ancestor walks past.
 *
 * Elements whose every attribute value Readability tests (image sources, video
 * embeds: see `keepsAllAttributes`) keep all of theirs.
 */
export function unreadAttribute(name: string): boolean {
  const c = name.charCodeAt(0) | 32
  if (c === 100 /* d */) return name.startsWith('data-') && name !== 'data-instgrm-permalink'
  if (c === 111 /* o */) return name.length > 2 && (name.charCodeAt(1) | 32) === 110 /* n */
  if (c === 97 /* a */) return name.startsWith('aria-') && name !== 'aria-hidden' && name !== 'aria-modal'
  if (c === 120 /* x */) return name.startsWith('xmlns')
  return name === 'title' || name === 'target' || name === 'tabindex' || name === 'hreflang' || name === 'value' || name === 'width' || name === 'height'
}

/** Attributes read on some elements only: the metadata's `<meta>` names and contents, JSON-LD's `<script type>`. */
export function tagKeeps(tag: string, name: string): boolean {
  if (name !== 'name' && name !== 'content' && name !== 'type') return true
  return tag === 'meta' || tag === 'script'
}

/**
 * Elements whose attributes Readability reads by value whatever their names: lazy
 * images (`img`, `picture`, `figure`, `source`), video embeds (`object`, `embed`,
 * `iframe` and, through `<object>`'s HTML, `param`), media (`video`, `audio`,
 * `track`), and `svg`, left as written.
 */
export const keepsAllAttributes: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'source', 'object', 'embed', 'iframe', 'param', 'video', 'audio', 'track', 'svg'])

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13
}

/**
 * The spans (start, end pairs, in order) of the unread attributes of the open tag
 * whose name ends at `from` and whose `>` is at `end - 1`, read as htmlparser2's
 * tokenizer reads them: a name runs to `=`, a space, `/` or `>` (its first character
 * may be `=`); a value after `=` (spaces allowed around it) is quoted, or runs to a
 * space or `>`. Null when the tag has none, or when it reads the tag's end otherwise
 * than the caller did (then the tag is left as written).
 */
export function unreadAttributeSpans(html: string, from: number, end: number, tag: string): number[] | null {
  const close = end - 1
  let spans: number[] | null = null
  let at = from
  while (at < close) {
    const c = html.charCodeAt(at)
    if (isSpace(c) || c === 47 /* / */) {
      at++
      continue
    }
    if (c === 62 /* > */) return null
    const start = at++
    while (at < close && !endsName(html.charCodeAt(at))) at++
    const nameEnd = at
    let next = at
    while (next < close && isSpace(html.charCodeAt(next))) next++
    if (next < close && html.charCodeAt(next) === 61 /* = */) {
      let value = next + 1
      while (value < close && isSpace(html.charCodeAt(value))) value++
      const quote = html.charCodeAt(value)
      if (value < close && (quote === 34 || quote === 39)) {
        const quoteEnd = html.indexOf(quote === 34 ? '"' : "'", value + 1)
        if (quoteEnd < 0 || quoteEnd > close) return null
        at = quoteEnd + 1
      } else {
        at = value
        while (at < close && !isSpace(html.charCodeAt(at)) && html.charCodeAt(at) !== 62) at++
      }
    }
    const name = html.slice(start, nameEnd).toLowerCase()
    if (unreadAttribute(name) || !tagKeeps(tag, name)) (spans ??= []).push(start, at)
  }
  return spans
}

function endsName(c: number): boolean {
  return c === 61 || c === 47 || c === 62 || isSpace(c)
}
