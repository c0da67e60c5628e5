import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {buildFrames, type FrameToken} from '../../src/lib/quotes/frame.js'
import type {Block} from '../../src/index.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

// The expression-based lexer that the char-code scanner in frame.ts replaced, kept
// here as the reference it must agree with token for token.
const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?|[,;:()[\]—–―]|-+|[.!?…]+/gu
const abbreviation = /^(?:[A-Za-z]\.){2,}$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|Ft|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|[A-Z])\.$/

function reference(text: string, from: number, to: number): FrameToken[] {
  const tokens: FrameToken[] = []
  let sentence = 0
  const push = (t: Omit<FrameToken, 'sentence'>) => {
    tokens.push({...t, sentence})
    if (t.kind === 'end') sentence++
  }
  const slice = text.slice(from, to)
  tokenPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = tokenPattern.exec(slice)) !== null) {
    const raw = match[0]
    const start = from + match.index
    if (/^[\p{L}\p{N}]/u.test(raw)) {
      let word = raw
      let cut = false
      if (word.endsWith('.') && !abbreviation.test(word)) { word = word.slice(0, -1); cut = true }
      const endsInS = word.endsWith('s')
      const apostropheS = endsInS && /[’']s$/.test(word)
      const possessive = apostropheS || (endsInS && /^[’'](?![\p{L}])/u.test(text.slice(start + raw.length, start + raw.length + 2)))
      const lower = (apostropheS ? word.slice(0, -2) : word).toLowerCase()
      push({kind: 'word', text: word, lower, start, end: start + word.length, cap: /^\p{Lu}/u.test(word), possessive, run: -1})
      if (cut && /[),]/.test(text[start + raw.length] ?? '')) cut = false
      if (cut) push({kind: 'end', text: '.', lower: '.', start: start + word.length, end: start + raw.length, cap: false, possessive: false, run: -1})
      else if (word.endsWith('.') && /^(?:[A-Za-z]\.){2,}$/.test(word) && /^\s+(?:The|He|She|It|They|We|But|In|On|A|This|That)\b/.test(text.slice(start + raw.length, start + raw.length + 6))) {
        push({kind: 'end', text: '', lower: '', start: start + raw.length, end: start + raw.length, cap: false, possessive: false, run: -1})
      }
      continue
    }
    push({kind: /^[.!?]/.test(raw) ? 'end' : 'punct', text: raw, lower: raw, start, end: start + raw.length, cap: false, possessive: false, run: -1})
  }
  return tokens
}

const pieces = fc.constantFrom('a', 'S', 's', '9', 'é', 'É', '\u0301', "'", '’', '-', '--', '.', '..', '!', '?', '…', '&', ' ', ',', ';', ':', '(', ')', '[', ']', '—', '–', '𝐀', '😀', '\ud835', 'U.S.', 'U.S. The', "Russia’s", "Hollins’ ", 'Dec.', 'Mr.', 'Wash.)', 'p.m.', 'Ж')
const soup = fc.array(fc.oneof({arbitrary: pieces, weight: 9}, {arbitrary: fc.string({unit: 'binary', maxLength: 4}), weight: 1}), {maxLength: 40}).map((parts) => parts.join(''))

describe('frame tokens', () => {
  test('match the expression-based lexer on any text', () => {
    fc.assert(fc.property(soup, fc.nat(3), (body, lead) => {
      const text = ' '.repeat(lead) + body + ' tail'
      const end = lead + body.length
      if (end <= lead) return
      const block: Block = {kind: 'paragraph', start: lead, end, text: text.slice(lead, end)}
      const [frame] = buildFrames(text, [block], [])
      expect(frame!.tokens).toEqual(reference(text, lead, end))
    }), fuzzRuns(3000))
  })
})
