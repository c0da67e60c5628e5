/**
 * Control characters that a terminal would act on (ESC and the rest of C0, DEL, the
 * C1 range) shown as visible symbols: C0 as its Control Picture (U+2400–U+241F,
 * `\u001B` is `␛`), DEL as `␡`, C1 as `�`; a carriage return not followed by a line
 * feed (which would let a line overwrite the one before) becomes a line feed, the
 * same line break to the article parser. One code unit for one, so offsets into the
 * text still hold. Line feeds, tabs, vertical and form feeds stay.
 *
 * Used for everything that reaches a terminal from an article or a file name: the
 * text and Markdown reports, the CLI's inputs and its messages on stderr (OWASP:
 * never echo untrusted data with escapes).
 */
export function visibleControls(text: string): string {
  return hasControls.test(text) ? text.replace(controls, picture) : text
}

const controls = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g
/** The same pattern without `g`, so a test keeps no `lastIndex` between calls. */
const hasControls = new RegExp(controls.source)

function picture(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x0d) return '\n'
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  return '\uFFFD'
}

/**
 * A copy of plain JSON data (a Story) with `visibleControls` on every string, for a
 * renderer whose output may reach a terminal; the value itself when no string holds one.
 */
export function withVisibleControls<T>(value: T): T {
  if (typeof value === 'string') return visibleControls(value) as T
  if (Array.isArray(value)) {
    const mapped = value.map(withVisibleControls)
    return (mapped.some((item, i) => item !== value[i]) ? mapped : value) as T
  }
  if (value === null || typeof value !== 'object') return value
  let copy: Record<string, unknown> | null = null
  for (const [key, item] of Object.entries(value)) {
    const mapped = withVisibleControls(item)
    if (mapped !== item) (copy ??= {...value} as Record<string, unknown>)[key] = mapped
  }
  return (copy ?? value) as T
}
