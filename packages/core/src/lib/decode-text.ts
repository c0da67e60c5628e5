import {declaredCharset} from './charset-declaration.js'
import {ArticleError} from './errors.js'
import type {Message} from './types.js'

/** Text decoded from bytes, with the encoding used and how it was chosen. */
export interface DecodedText {
  text: string
  /** The WHATWG encoding name used (`utf-8`, `windows-1252`, `shift_jis`…). */
  encoding: string
  /**
   * How the encoding was chosen: `bom` (a byte-order mark), `declared` (the page's
   * `<meta charset>`, `http-equiv` content type or XML declaration), `detected`
   * (valid UTF-8, or guessed from the bytes).
   */
  from: 'bom' | 'declared' | 'detected'
  /** Warnings: invalid bytes replaced (`decode-invalid-bytes`), an encoding guessed (`decode-guessed`). */
  messages: Message[]
}

/**
 * Decode the bytes of a file as text, as the CLI and the web app read articles, in
 * the order browsers use: a byte-order mark (UTF-8, UTF-16 or UTF-32, either byte
 * order; dropped), then the page's own declaration (`<meta charset>`, `http-equiv`
 * content type, XML declaration; any WHATWG encoding, read by the platform's
 * `TextDecoder`), then detection. Bytes that are all valid UTF-8 are read as UTF-8
 * whatever the page declares (saved pages are often re-encoded without their
 * declaration being updated, and legacy text is almost never valid UTF-8); a page
 * mostly UTF-8 with a few stray bytes is UTF-8 with each bad sequence replaced by
 * U+FFFD and a `decode-invalid-bytes` warning; otherwise windows-1252, the web's
 * legacy default, with a `decode-guessed` warning. Known limit: an undeclared page
 * in a legacy CJK encoding (Shift_JIS, GBK, Big5) is not recognised.
 *
 * UTF-16 with no mark is recognised from its NUL bytes (a `decode-guessed` warning).
 *
 * @throws {ArticleError} `binary` for NUL bytes in a file that is not UTF-16 (marked
 *   or recognised) or marked UTF-32;
 *   `invalid-utf8` for bytes that are not the UTF-16/32 their mark names.
 * @throws {TypeError} when `bytes` is not a Uint8Array (a Node Buffer is one).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  // By tag, not instanceof: bytes from another realm (a worker, an iframe) are bytes too.
  if (Object.prototype.toString.call(bytes) !== '[object Uint8Array]') throw new TypeError(`Expected a Uint8Array of bytes, not ${bytes === null ? 'null' : typeof bytes === 'string' ? 'a string (decoded text needs no decoding)' : typeof bytes}`)
  const marked = byteOrderMark(bytes)
  if (marked === 'utf-8') return decodeUtf8(bytes, 'bom')
  if (marked) return {text: decodeMarked(bytes, marked), encoding: marked, from: 'bom', messages: []}
  const nul = bytes.subarray(0, 8192).indexOf(0)
  if (nul >= 0) {
    const unmarked = unmarkedUtf16(bytes)
    if (unmarked) return unmarked
    throw new ArticleError('binary', `Expected text, found binary data (a NUL byte at offset ${nul})`)
  }
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8', from: 'detected', messages: []}
  } catch {
    // Not valid UTF-8: the declaration says what it is, else the bytes do.
  }
  const declared = declaredCharset(bytes)
  if (declared && declared !== 'utf-8') return {text: legacy(bytes, declared), encoding: declared, from: 'declared', messages: []}
  const {invalid, multibyte, first} = utf8Census(bytes)
  // A page declared UTF-8, or with more good multi-byte characters than bad bytes, is
  // UTF-8 with a few stray bytes (a pasted fragment, a cut character), not another encoding.
  if (declared === 'utf-8' || multibyte > invalid) return decodeUtf8(bytes, declared ? 'declared' : 'detected')
  const reason = `Expected UTF-8 text or a declared encoding, found neither (an invalid byte at offset ${first}); read as windows-1252`
  return {text: legacy(bytes, 'windows-1252'), encoding: 'windows-1252', from: 'detected', messages: [message(reason, 'decode-guessed')]}
}

/** `decodeBytes(bytes).text`: the text alone, for callers that do not report warnings. */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text
}

/** UTF-8, each invalid sequence replaced by U+FFFD with a warning that counts them. */
function decodeUtf8(bytes: Uint8Array, from: DecodedText['from']): DecodedText {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8', from, messages: []}
  } catch {
    const {invalid, first} = utf8Census(bytes)
    const reason = `Expected UTF-8 text, found ${invalid} invalid byte ${invalid === 1 ? 'sequence' : 'sequences'} (the first at offset ${first}); replaced with U+FFFD`
    return {text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', from, messages: [message(reason, 'decode-invalid-bytes')]}
  }
}

/**
 * A legacy encoding through the platform's decoder. Node 20.18.3+ and 22.13+ decode
 * windows-1252 as Latin-1, leaving bytes 0x80–0x9F as C1 controls instead of “ ” – €
 * (nodejs/node#60888); those 27 characters are mapped as the WHATWG index says.
 */
function legacy(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes)
  if (encoding !== 'windows-1252' || !/[\u0080-\u009f]/.test(text)) return text
  return text.replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80] ?? char)
}

/** WHATWG index-windows-1252 for bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D stay as they are). */
const windows1252High = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ']

function message(reason: string, ruleId: string): Message {
  return {reason, ruleId, source: 'corroborate', place: null}
}

/** Invalid UTF-8 sequences, valid multi-byte characters, and the offset of the first invalid byte. */
function utf8Census(bytes: Uint8Array): {invalid: number; multibyte: number; first: number} {
  let invalid = 0
  let multibyte = 0
  let first = -1
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const size = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    let ok = size > 0 && i + size <= bytes.length
    for (let k = 1; ok && k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false
    if (ok) {
      multibyte++
      i += size
    } else {
      if (first < 0) first = i
      invalid++
      i++
    }
  }
  return {invalid, multibyte, first}
}

/**
 * UTF-16 saved without a byte-order mark (as some Windows tools write it), read from
 * the pattern its NUL bytes make: every NUL in the first 8 KB on one side of each
 * code unit (the high byte of Latin letters, digits, spaces and line breaks), at least
 * one code unit in eight, and the whole file valid UTF-16 holding no control
 * character but tab and line breaks. Binary data puts NULs on both sides, or decodes
 * to unpaired surrogates or controls. Null when the bytes are not that.
 */
function unmarkedUtf16(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null
  const head = bytes.subarray(0, 8192)
  const nuls = [0, 0]
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nuls[i % 2]!++
  const side = nuls[0] === 0 ? 1 : nuls[1] === 0 ? 0 : -1
  if (side < 0 || nuls[side]! * 8 < head.length / 2) return null
  const encoding = side === 1 ? 'utf-16le' : 'utf-16be'
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return null
  }
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return null
  const reason = `Expected UTF-8 text, found UTF-16 without a byte-order mark (NUL bytes on every ${side === 1 ? 'second' : 'first'} byte); read as ${encoding.toUpperCase()}`
  return {text, encoding, from: 'detected', messages: [message(reason, 'decode-guessed')]}
}

type Marked = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'

/** The encoding a byte-order mark names (UTF-32's is checked first: it starts like UTF-16LE's). */
function byteOrderMark(bytes: Uint8Array): Marked | null {
  const [a, b, c, d] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8'
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le'
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be'
  if (a === 0xff && b === 0xfe) return 'utf-16le'
  if (a === 0xfe && b === 0xff) return 'utf-16be'
  return null
}
function decodeMarked(bytes: Uint8Array, encoding: Exclude<Marked, 'utf-8'>): string {
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
