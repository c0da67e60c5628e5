/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text
 * cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`, the OWASP rule against CSV injection;
 * numbers are written as they are.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const formulaStart = /^[=+\-@\t\r]/

/** Rows to CSV text (CRLF line ends, as RFC 4180 says), after a header row when one is given. */
export function toCsv(header: readonly string[] | null, rows: ReadonlyArray<readonly unknown[]>): string {
  const all = header ? [header, ...rows] : rows
  return all.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
