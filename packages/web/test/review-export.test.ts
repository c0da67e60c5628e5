import {describe, expect, test} from 'vitest'
import {reviewKey, Review, type ReviewItem} from '../src/review.js'
import {csvCell, reviewToCsv, reviewToJson} from '../src/review-export.js'

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value))
  }
}

const item: ReviewItem = {
  key: reviewKey('conflict', ['bridge cost', 'The council approved 12 million dollars.', 'The council approved 15 million dollars.']),
  section: 'conflict',
  title: 'USD: 12000000 vs 15000000',
  sentences: [{outlet: 'Riverton Ledger', text: 'The council approved 12 million dollars.'}, {outlet: '=HYPERLINK("http://x")', text: '-2 lanes, said "Okafor"'}],
  note: '90 % sure. Why: aligned sentences count one thing with values that cannot both hold'
}

describe('the review list', () => {
  test('keys do not depend on the order of the sentences', () => {
    expect(reviewKey('fact', ['a', 'b'])).toBe(reviewKey('fact', ['b', 'a']))
    expect(reviewKey('fact', ['a', 'b'])).not.toBe(reviewKey('quote', ['a', 'b']))
  })

  test('a mark survives a new Review on the same storage, and clears', () => {
    const storage = memoryStorage()
    new Review(storage).set(item, 'checked')
    const reloaded = new Review(storage)
    expect(reloaded.state(item.key)).toBe('checked')
    expect(reloaded.entries()[0]!.sentences).toEqual(item.sentences)
    reloaded.set(item, null)
    expect(new Review(storage).entries()).toEqual([])
  })

  test('a damaged list starts empty', () => {
    const storage = memoryStorage()
    storage.setItem('corroborate:review:v1', '{not json')
    expect(new Review(storage).entries()).toEqual([])
  })
})

describe('the export', () => {
  test('CSV cells that would start a formula are neutralised', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"')
  })

  test('CSV has a row per sentence, JSON the items with their sentences', () => {
    const storage = memoryStorage()
    const review = new Review(storage)
    review.set(item, 'dismissed')
    const csv = reviewToCsv(review.entries()).split('\r\n')
    expect(csv[0]).toBe('state,section,item,outlet,sentence,marked at,how sure and why')
    expect(csv[1]).toMatch(/^dismissed,conflict,USD: 12000000 vs 15000000,Riverton Ledger,The council approved 12 million dollars\.,/)
    expect(csv[2]).toMatch(/^dismissed,conflict,USD: 12000000 vs 15000000,"'=HYPERLINK\(""http:\/\/x""\)","'-2 lanes, said ""Okafor"""/)
    const json = JSON.parse(reviewToJson(review.entries())) as {items: Array<{state: string, sentences: unknown[]}>}
    expect(json.items).toHaveLength(1)
    expect(json.items[0]!.state).toBe('dismissed')
    expect(json.items[0]!.sentences).toEqual(item.sentences)
    expect(csv[1]).toMatch(/,90 % sure\. Why: aligned sentences count one thing with values that cannot both hold$/)
    expect((json.items[0] as {note?: string}).note).toBe(item.note)
  })
})
