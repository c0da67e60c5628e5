import {ArticleError} from './errors.js'

/**
 * Decode the bytes of a file as UTF-8 text, as the CLI and the web app read
 * articles. A byte-order mark is dropped.
 *
 * @throws {ArticleError} `invalid-utf8` for bytes that are not UTF-8 (naming the
 *   offset of the first bad byte), `binary` for NUL bytes.
 */
export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.subarray(0, 8192).indexOf(0)
  if (nul >= 0) throw new ArticleError('binary', `Expected text, found binary data (a NUL byte at offset ${nul})`)
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new ArticleError('invalid-utf8', `Expected UTF-8 text, found an invalid byte sequence at offset ${at}`)
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (size === 0 || i + size > bytes.length) return i
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += size
  }
  return bytes.length
}
