import {parseWords, wordSource} from '../claims/parse-number.js'
import type {Conflict} from '../story/types.js'

/** A stretch of a sentence to highlight: [start, end) offsets into it. */
export type Stretch = readonly [start: number, end: number]

/**
 * Where a conflict member's sentence carries the value that differs: the member's
 * value when the sentence holds it as whole words, and each side of the summary's
 * "x vs y" that it holds ("'should treat this' vs 'should approach this'"); nothing
 * when the value is the whole sentence and the summary names no part of it.
 */
export function changedStretches(conflict: Conflict, member: {text: string, value: string}): Stretch[] {
  const pieces = [member.value, ...conflict.summary.replace(/^[^:]*:\s*/, '').split(/\s+vs\.?\s+|;\s+/)]
    .map((piece) => piece.trim().replace(/^['"“‘]+|['"”’]+$/gu, '').trim())
    .filter((piece) => piece.length > 0 && piece.length < member.text.length * 0.8)
  const found: Stretch[] = []
  for (const piece of new Set(pieces)) {
    const at = findWords(member.text, piece)
    const stretch: Stretch | null = at >= 0 ? [at, at + piece.length] : numberInWords(member.text, piece)
    if (stretch && !found.some(([s, e]) => stretch[0] < e && stretch[1] > s)) found.push(stretch)
  }
  return found.sort((a, b) => a[0] - b[0])
}

/** The first place `text` holds `piece` as whole words (case aside), or -1. */
function findWords(text: string, piece: string): number {
  const lower = text.toLowerCase()
  const target = piece.toLowerCase()
  for (let at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!
    const after = text[at + piece.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at
  }
  return -1
}

/** A number written in words ("three", "twenty-five"), as whole words. */
const numberWordsPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordSource})`, 'giu')

/** Where a sentence writes a whole number given in digits as words ("3" → "three", "25" → "twenty-five"), or null. */
function numberInWords(text: string, value: string): Stretch | null {
  if (!/^\d{1,9}$/.test(value)) return null
  const target = Number(value)
  for (const match of text.matchAll(numberWordsPattern)) {
    if (parseWords(match[0]) === target) return [match.index, match.index + match[0].length]
  }
  return null
}

/** The sentence in pieces: `[text, changed]` pairs in order, for renderers to mark the changed ones. */
export function splitStretches(text: string, stretches: readonly Stretch[]): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = []
  let at = 0
  for (const [start, end] of stretches) {
    if (start > at) out.push([text.slice(at, start), false])
    out.push([text.slice(start, end), true])
    at = end
  }
  if (at < text.length) out.push([text.slice(at), false])
  return out
}

/** A member's value worth its own column: short, and not the sentence itself (a wording conflict's value is the whole quote; the marks show it). Else ''. */
export function shortValue(value: string, text: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length <= 40 && flat.length < text.length * 0.6 ? flat : ''
}
