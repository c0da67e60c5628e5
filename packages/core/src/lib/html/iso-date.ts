const months: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12}

/**
 * Turn a published date as pages write it into ISO 8601, keeping what was given: an
 * ISO date or date-time stays as written (its own offset kept, so the calendar date
 * does not move), "Jan. 13, 2017" becomes `2017-01-13`, other strings that
 * `Date.parse` reads become a UTC date-time. Unreadable text gives `null`.
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(text)
  if (iso) {
    const [, year, month, day, time, zone] = iso
    return time ? `${year}-${month}-${day}T${time}${zone ?? ''}` : `${year}-${month}-${day}`
  }
  const written = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text)
  if (written) {
    const month = months[(written[1] ?? '').toLowerCase()]
    if (month) return `${written[3]}-${pad(month)}-${pad(Number(written[2]))}`
  }
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  const date = new Date(time)
  return date.getUTCFullYear() >= 1000 && date.getUTCFullYear() <= 9999 ? date.toISOString() : null
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
