const months: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12}

/**
 * Turn a published date as pages write it into ISO 8601, keeping what was given: an
 * ISO date or date-time stays as written (its own offset kept, so the calendar date
 * does not move), "Jan. 13, 2017" becomes `2017-01-13`, other strings that
 * `Date.parse` reads become a UTC date-time when they name a zone, else the
 * date-time as written without one: such strings are read as UTC and written back
 * from the UTC fields, so the host's time zone and summer time never move them.
 * Unreadable text gives `null`.
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
  // A date without a zone is kept as written: read as if it were UTC and written back
  // from the UTC fields, so neither the host's zone nor its summer time can move it.
  const zone = zoned.test(text)
  const time = Date.parse(zone ? text : `${text} UTC`)
  if (Number.isNaN(time)) return null
  const date = new Date(time)
  if (date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 9999) return null
  if (zone) return date.toISOString()
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  return /\d:\d/.test(text) ? `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}` : day
}

/** A zone in a date string: "GMT", "UTC", "Z", "+05:30", "-0400", "EST", "PDT". */
const zoned = /\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\b|\b[ECMPA][SD]T\b/

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
