const months: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12}

/**
 * Turn a published date as pages write it into ISO 8601, keeping what was given: an
 * ISO date or date-time stays as written (its own offset kept, so the calendar date
 * does not move), "Jan. 13, 2017" becomes `2017-01-13`, other strings that
 * `Date.parse` reads become a UTC date-time when they name a zone, else the
 * date-time as written without one (never moved by the host's time zone).
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
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  const date = new Date(time)
  if (!zoned.test(text)) {
    // Date.parse read the fields as local time: read them back the same way, so the
    // written date and time come out whatever zone the host is in.
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    const local = /\d:\d/.test(text) ? `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day
    return date.getFullYear() >= 1000 && date.getFullYear() <= 9999 ? local : null
  }
  return date.getUTCFullYear() >= 1000 && date.getUTCFullYear() <= 9999 ? date.toISOString() : null
}

/** A zone in a date string: "GMT", "UTC", "Z", "+05:30", "-0400", "EST", "PDT". */
const zoned = /\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\b|\b[ECMPA][SD]T\b/

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
