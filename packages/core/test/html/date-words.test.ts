import {describe, expect, it} from 'vitest'
import {dateWordFormats, dateWordList, dateWordLocales} from '../../src/lib/html/date-words.js'
import {dateLineReason} from '../../src/lib/html/date-line.js'

/** The list as the platform's CLDR makes it today. */
function fromPlatform(): string[] {
  const found = new Set<string>()
  const days = [...Array.from({length: 12}, (_, month) => Date.UTC(2018, month, 1, 15, 30)), ...Array.from({length: 7}, (_, day) => Date.UTC(2018, 0, day + 1, 15, 30))]
  for (const locale of dateWordLocales) {
    for (const style of dateWordFormats) {
      const format = new Intl.DateTimeFormat(locale, {...style, timeZone: 'UTC'})
      for (const day of days) for (const token of format.format(day).toLowerCase().match(/\p{L}+/gu) ?? []) found.add(token)
    }
  }
  return [...found].sort()
}

describe('date words of other languages', () => {
  it('match the CLDR data of the platform', () => {
    const supported = Intl.DateTimeFormat.supportedLocalesOf(dateWordLocales)
    if (supported.length < dateWordLocales.length) return
    const words = fromPlatform()
    const listed = dateWordList.split(' ')
    // Most words must agree; CLDR changes a few abbreviations between releases.
    const missing = words.filter((word) => !listed.includes(word))
    if (missing.length > 0) console.log(`date words not in the list: ${missing.join(' ')}`)
    expect(missing.length).toBeLessThan(words.length / 20)
  })

  it('read a foreign stamp only with a month or weekday named in full', () => {
    expect(dateLineReason('mercredi 13 mai 2026 à 14:05')).toBe('chrome')
    expect(dateLineReason('Set in 2026')).toBeNull()
  })
})
