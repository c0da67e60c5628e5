/**
 * A stable id for an article: two 32-bit FNV-1a hashes (different seeds and
 * primes) of its format, URL and body text, as
 * 16 hex digits. The same input always gets the same id, on any platform.
 */
export function articleId(parts: readonly string[]): string {
  let h1 = 0x811c9dc5
  let h2 = 0x050c5d1f
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
      h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ 0x2f, 0x0100019d) >>> 0
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}
