/**
 * JSON that can be pasted into an HTML `<script type="application/ld+json">` block,
 * its normal use for JSON-LD, without closing it or starting markup: `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\u` escapes. Still JSON, and parses to the same value.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
