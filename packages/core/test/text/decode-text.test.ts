import {describe, expect, test} from 'vitest'
import {ArticleError, decodeBytes, decodeText} from '../../src/index.js'

const sample = 'Kyiv — “Horvasky” said 😀 ok'

function utf16(text: string, little: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0xfeff, little)
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little)
  return out
}

function utf32(text: string, little: boolean): Uint8Array {
  const points = [0xfeff, ...[...text].map((char) => char.codePointAt(0)!)]
  const out = new Uint8Array(points.length * 4)
  const view = new DataView(out.buffer)
  points.forEach((code, i) => view.setUint32(i * 4, code, little))
  return out
}

describe('decodeText', () => {
  test('UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(sample)
    expect(decodeText(bytes)).toBe(sample)
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(sample)
  })

  test.each([true, false])('UTF-16 with a byte-order mark (little-endian: %s)', (little) => {
    expect(decodeText(utf16(sample, little))).toBe(sample)
  })

  test.each([true, false])('UTF-32 with a byte-order mark (little-endian: %s)', (little) => {
    expect(decodeText(utf32(sample, little))).toBe(sample)
  })

  test('a long UTF-32 text decodes without overflowing the stack', () => {
    const long = 'word '.repeat(100_000)
    expect(decodeText(utf32(long, true))).toBe(long)
  })

  test('bad sequences after a mark and NUL bytes without one are clear errors', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(ArticleError)
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0, 0, 0x11, 0]))).toThrow(/UTF-32LE/)
    expect(() => decodeText(new Uint8Array([0x41, 0, 0, 0x42]))).toThrow(/binary/)
  })

  test.each([true, false])('UTF-16 without a byte-order mark is read, with a warning (little-endian: %s)', (little) => {
    const text = 'Tarn ferry\n\nOlin Marsk said \u201cthe boat left late\u201d on Friday. \u041f\u0430\u0440\u043e\u043c \u0441\u0442\u043e\u044f\u043b.\n'
    const decoded = decodeBytes(utf16(text, little).subarray(2))
    expect(decoded.text).toBe(text)
    expect(decoded.encoding).toBe(little ? 'utf-16le' : 'utf-16be')
    expect(decoded.messages.map((m) => m.ruleId)).toEqual(['decode-guessed'])
  })

  test('binary data with NUL bytes on both sides of a code unit stays binary', () => {
    const bytes = new Uint8Array(4096)
    let seed = 7
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      bytes[i] = i % 16 === 3 ? 0 : seed >> 16 & 0xff
    }
    bytes[8] = 0
    expect(() => decodeText(bytes)).toThrow(ArticleError)
    // NULs on one side only, but decoding to a control character: not text.
    expect(() => decodeText(new Uint8Array([0x41, 0, 0x01, 0, 0x42, 0]))).toThrow(/binary/)
  })

  test('anything but bytes is a TypeError that says what was expected', () => {
    expect(() => decodeText('already text' as unknown as Uint8Array)).toThrow(new TypeError('Expected a Uint8Array of bytes, not a string (decoded text needs no decoding)'))
    expect(() => decodeText(null as unknown as Uint8Array)).toThrow(/^Expected a Uint8Array of bytes, not null$/)
    expect(decodeText(Buffer.from('plain words'))).toBe('plain words')
  })
})
