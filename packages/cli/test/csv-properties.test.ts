import fc from 'fast-check'
import {expect, test} from 'vitest'
import {fuzzRuns} from '../../core/test/helpers/fuzz-runs.js'
import {csvCell} from '../../web/src/review-export.js'
import {csvField, toCsv} from '../src/csv.js'

/** The cells of one CSV text, as RFC 4180 reads them (quoted fields may hold commas, quotes, line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const next = text[i + 1]
    if (quoted && c === '"' && next === '"') {
      cell += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (quoted) cell += c
    else if (c === ',') endCell()
    else if (c === '\r' && next === '\n') {
      endCell()
      rows.push(row)
      row = []
      i++
    } else cell += c
  }
  return rows
}

const cellText = fc.oneof(
  fc.string({maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 20}),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ',', '\n', ' ='), fc.string({maxLength: 20})).map(([a, b]) => a + b)
)

test('CSV from the CLI and the web review: every cell reads back, never as a formula', () => {
  fc.assert(fc.property(fc.array(fc.array(cellText, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 5}), (rows) => {
    const width = rows[0]!.length
    const table = rows.map((row) => Array.from({length: width}, (_, i) => row[i] ?? ''))
    for (const text of [toCsv(null, table), table.map((row) => row.map(csvCell).join(',') + '\r\n').join('')]) {
      const read = readCsv(text)
      expect(read.length).toBe(table.length)
      read.forEach((row, r) => row.forEach((cell, c) => {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/)
        expect(cell === table[r]![c] || cell === `'${table[r]![c]}`).toBe(true)
      }))
    }
    for (const row of table) for (const value of row) expect(csvField(value)).toBe(csvCell(value))
  }), fuzzRuns(200))
})
