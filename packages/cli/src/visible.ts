/**
 * Control characters that a terminal would act on (ESC and the rest of C0, DEL, the
 * C1 range) shown as visible symbols: C0 as its Control Picture (U+2400–U+241F,
 * `\u001B` is `␛`), DEL as `␡`, C1 as `�`; a carriage return not followed by a line
 * feed (which would let a line overwrite the one before) becomes a line feed, the
 * same line break to the article parser. One code unit for one, so offsets into the
 * text still hold. Line feeds, tabs, vertical and form feeds stay.
 *
 * Used for everything that reaches a terminal from an article or a file name: the
 * text format and messages on stderr (OWASP: never echo untrusted data with escapes).
 */
export function visibleControls(text: string): string {
  return hasControls.test(text) ? text.replace(controls, picture) : text
}

const controls = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g
const hasControls = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|\r(?!\n)/

function picture(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x0d) return '\n'
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  return '\uFFFD'
}

/**
 * A diagnostic line for stderr: `visibleControls`, and every line break but the last
 * shown as `␊`, so that a file named with a line break cannot split one file's message
 * into two lines (logs are read a line per file).
 */
export function oneLine(text: string): string {
  return visibleControls(text).replace(/\r?\n(?!$)|[\v\f]|\r(?!\n)/g, (char) => String.fromCharCode(0x2400 + char.charCodeAt(char.length - 1)))
}
