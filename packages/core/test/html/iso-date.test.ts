import {afterEach, describe, expect, test} from 'vitest'
import {toIsoDate} from '../../src/lib/html/iso-date.js'

const hostZone = process.env.TZ

/** toIsoDate's result with the host in `zone` (Node re-reads TZ when it is set). */
function inZone(zone: string, value: string): string | null {
  process.env.TZ = zone
  return toIsoDate(value)
}

describe('toIsoDate', () => {
  afterEach(() => {
    if (hostZone === undefined) delete process.env.TZ
    else process.env.TZ = hostZone
  })

  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']

  test.each([
    ['13 March 2024', '2024-03-13'],
    ['Wednesday 13 March 2024 23:30', '2024-03-13T23:30:00'],
    ['March 13, 2024 00:15', '2024-03-13T00:15:00'],
  ])('a zone-less date (%s) comes out as written in every host zone', (value, expected) => {
    for (const zone of zones) expect(inZone(zone, value), zone).toBe(expected)
  })

  test('a date that names its zone becomes the same UTC instant in every host zone', () => {
    for (const zone of zones) expect(inZone(zone, 'Wed, 13 Mar 2024 23:30:00 GMT'), zone).toBe('2024-03-13T23:30:00.000Z')
    for (const zone of zones) expect(inZone(zone, 'March 13, 2024 18:30 EST'), zone).toBe('2024-03-13T23:30:00.000Z')
  })

  test('ISO dates and written dates are kept as given; nonsense is null', () => {
    expect(toIsoDate('2024-03-13T23:30:00+05:30')).toBe('2024-03-13T23:30:00+05:30')
    expect(toIsoDate('Mar. 13, 2024')).toBe('2024-03-13')
    expect(toIsoDate('soon')).toBeNull()
  })
})
