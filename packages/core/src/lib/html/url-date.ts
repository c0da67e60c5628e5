/**
 * The publication date a news URL carries in its path, as ISO `YYYY-MM-DD`, or
 * `null`: `/2026/05/12/slug`, `/2026-05-12/slug`, `/20260512/slug`,
 * `/slug-2026-05-12.html`. A year and month alone (`/2026/05/slug`) is not a date.
 * Only years from 1990 to 2099 and real calendar days count, so an article id such
 * as `/12345678/` is not read as one.
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  const match = /(?:^|[/_-])((?:19|20)\d{2})([/-]?)(\d{2})\2(\d{2})(?=$|[/_.-])/.exec(path) ?? /\/((?:19|20)\d{2})(\/)(\d{1,2})\/(\d{1,2})(?=\/)/.exec(path)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[3])
  const day = Number(match[4])
  if (year < 1990 || month < 1 || month > 12 || day < 1) return null
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
