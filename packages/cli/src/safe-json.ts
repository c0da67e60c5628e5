/**
 * JSON that can be pasted into an HTML `<script type="application/ld+json">` block,
 * its normal use for JSON-LD, without closing it or starting markup: `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\u` escapes. Still JSON, and parses to the same value.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, unicodeEscape)
}

/**
 * JSON text with DEL and the C1 controls (U+007F–U+009F) written as `\u` escapes.
 * `JSON.stringify` escapes only C0, so an article's U+009B (a one-character CSI) would
 * reach a terminal as it is. Those characters can only stand inside JSON strings, so
 * escaping them anywhere in the text keeps it JSON, parsing to the same value.
 */
export function terminalSafeJson(text: string): string {
  return hasHighControls.test(text) ? text.replace(highControls, unicodeEscape) : text
}

const highControls = /[\u007F-\u009F]/g
const hasHighControls = /[\u007F-\u009F]/

/** One UTF-16 code unit written as a JSON `\u` escape. */
function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}
