/** How far into a page its charset declaration is looked for (the HTML standard's prescan reads 1,024 bytes; saved pages often put long scripts first). */
const scanBytes = 16_384

/**
 * `<meta charset="…">`, and `<meta http-equiv="Content-Type" content="text/html;
 * charset=…">` (attributes in either order): the same words find both.
 */
const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i
/** `<?xml version="1.0" encoding="…"?>` */
const xmlEncoding = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i

/**
 * The character encoding a page declares for itself, as the WHATWG name the
 * platform's `TextDecoder` knows (`windows-1252` for "ISO-8859-1" and "latin1", as
 * browsers read them), or `null` when it declares none or a name no decoder knows.
 * Looks, in the first 16 KB read as bytes, for `<meta charset>`, then an
 * `http-equiv="Content-Type"` meta tag, then an XML declaration. A UTF-16
 * declaration in an ASCII-readable page means UTF-8, as in browsers (the page could
 * not have been read that far otherwise).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, scanBytes))
  const label = metaCharset.exec(head)?.[1] ?? xmlEncoding.exec(head)?.[1]
  if (!label) return null
  try {
    const name = new TextDecoder(label).encoding
    return name.startsWith('utf-16') ? 'utf-8' : name
  } catch {
    return null
  }
}

/** Bytes as a string of the same length (each byte one code unit): enough to find ASCII markup. */
function latin1(bytes: Uint8Array): string {
  let out = ''
  for (let at = 0; at < bytes.length; at += 8192) out += String.fromCharCode(...bytes.subarray(at, at + 8192))
  return out
}
