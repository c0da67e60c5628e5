import {ArticleError} from './errors.js'

/**
 * Decode the bytes of a file as text, as the CLI and the web app read articles:
 * UTF-8, or UTF-16 or UTF-32 (either byte order) when a byte-order mark says so.
 * The byte-order mark is dropped.
 *
 * @throws {ArticleError} `invalid-utf8` for bytes that are not UTF-8 (naming the
 *   offset of the first bad byte) or not the encoding their mark names, `binary`
 *   for NUL bytes in a file with no UTF-16/32 mark.
 */
export function decodeText(bytes: Uint8Array): string {
  const marked = byteOrderMark(bytes)
  if (marked) return decodeMarked(bytes, marked)
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

type Marked = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'

/** The UTF-16/32 encoding a byte-order mark names (UTF-32's is checked first: it starts like UTF-16LE's). */
function byteOrderMark(bytes: Uint8Array): Marked | null {
  const [a, b, c, d] = bytes
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le'
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be'
  if (a === 0xff && b === 0xfe) return 'utf-16le'
  if (a === 0xfe && b === 0xff) return 'utf-16be'
  return null
}

function decodeMarked(bytes: Uint8Array, encoding: Marked): string {
  const invalid = (at: number) => new ArticleError('invalid-utf8', `Expected ${encoding.toUpperCase()} text after its byte-order mark, found an invalid sequence at offset ${at}`)
  if (encoding.startsWith('utf-16')) {
    if (bytes.length % 2 !== 0) throw invalid(bytes.length - 1)
    try {
      return new TextDecoder(encoding, {fatal: true, ignoreBOM: false}).decode(bytes)
    } catch {
      throw invalid(0)
    }
  }
  if (bytes.length % 4 !== 0) throw invalid(bytes.length - (bytes.length % 4))
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = encoding === 'utf-32le'
  const parts: string[] = []
  let chunk: number[] = []
  for (let at = 4; at < bytes.length; at += 4) {
    const code = view.getUint32(at, little)
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw invalid(at)
    chunk.push(code)
    // In slices: String.fromCodePoint(...list) of a huge list overflows the stack.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk))
      chunk = []
    }
  }
  parts.push(String.fromCodePoint(...chunk))
  return parts.join('')
}
