/** Small calendar helpers over ISO dates (`YYYY-MM-DD`), all in UTC so no time zone shifts a day. */

/** Two digits. */
export function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
}

/** The ISO date of a UTC `Date`. */
export function isoOf(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** Noon UTC on an ISO date: the instant handed to chrono, far from either midnight. */
export function noon(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`)
}

/** An ISO date `days` days later (earlier when negative). */
export function addDays(iso: string, days: number): string {
  const date = noon(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return isoOf(date)
}

/** Days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Day of the week of an ISO date, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return noon(iso).getUTCDay()
}

/** The date part of an ISO date or date-time, or null when it is not one. */
export function isoDateOf(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  if (!m) return null
  const [, y, mo, d] = m
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= daysInMonth(Number(y), Number(mo)) ? m[0] : null
}
