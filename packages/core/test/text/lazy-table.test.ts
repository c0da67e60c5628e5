import {describe, expect, test} from 'vitest'
import {lazyMap, lazySet} from '../../src/lib/lazy-table.js'

describe('lazy tables', () => {
  test('a lazy map is built once, on first read, and reads as the map it wraps', () => {
    let builds = 0
    const table = lazyMap(() => {
      builds++
      return new Map([['said', 'say'], ['told', 'tell']])
    })
    expect(builds).toBe(0)
    expect(table.get('said')).toBe('say')
    expect(table.has('told')).toBe(true)
    expect(table.has('sang')).toBe(false)
    expect(table.size).toBe(2)
    expect([...table]).toEqual([['said', 'say'], ['told', 'tell']])
    expect([...table.keys()]).toEqual(['said', 'told'])
    expect([...table.values()]).toEqual(['say', 'tell'])
    const seen: string[] = []
    table.forEach((value, key, map) => {
      expect(map).toBe(table)
      seen.push(`${key}=${value}`)
    })
    expect(seen).toEqual(['said=say', 'told=tell'])
    expect(builds).toBe(1)
  })

  test('a lazy set is built once, on first read, and reads as the set it wraps', () => {
    let builds = 0
    const words = lazySet(() => {
      builds++
      return new Set(['riverton', 'lindale'])
    })
    expect(builds).toBe(0)
    expect(words.has('riverton')).toBe(true)
    expect(words.has('okafor')).toBe(false)
    expect(words.size).toBe(2)
    expect([...words]).toEqual(['riverton', 'lindale'])
    expect([...words.entries()]).toEqual([['riverton', 'riverton'], ['lindale', 'lindale']])
    expect(builds).toBe(1)
  })
})
