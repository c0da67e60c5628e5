import {describe, expect, it} from 'vitest'
import {packedMap} from '../src/lib/packed-map.js'

describe('packedMap', () => {
  it('gives what Array.prototype.map gives, value and index', () => {
    const towns = ['Marle', 'Varik', 'Riverton']
    expect(packedMap(towns, (town, i) => `${i}:${town}`)).toEqual(towns.map((town, i) => `${i}:${town}`))
  })

  it('gives a new empty array for an empty one', () => {
    const empty: string[] = []
    const mapped = packedMap(empty, (town) => town.length)
    expect(mapped).toEqual([])
    expect(mapped).not.toBe(empty)
  })
})
