// Read a publication date as pages write it ("Posted 2 / 3 / 2009 5 : 59 PM",
// "Tuesday 28 April 2009", "Feb. 4, 2009") into `YYYY-MM-DD`, or null. Numeric dates
// are read month first (US order); two-digit years are 20xx.
const months = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12}
const pad = (value) => String(value).padStart(2, '0')
const day = (year, month, date) => (month >= 1 && month <= 12 && date >= 1 && date <= 31 ? `${year}-${pad(month)}-${pad(date)}` : null)

export function readPublished(text) {
  if (!text) return null
  let match = /\b(\d{4})\s*[-.]\s*(\d{1,2})\s*[-.]\s*(\d{1,2})\b/.exec(text)
  if (match) return day(+match[1], +match[2], +match[3])
  match = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text)
  if (match) return day(+match[3], months[match[1].toLowerCase()], +match[2])
  match = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i.exec(text)
  if (match) return day(+match[3], months[match[2].toLowerCase()], +match[1])
  match = /\b(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4}|\d{2})\b/.exec(text)
  if (match) return day(match[3].length === 2 ? 2000 + Number(match[3]) : +match[3], +match[1], +match[2])
  return null
}
