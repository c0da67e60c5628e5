/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 says), after a header row when one is given. */
export function toCsv(header: readonly string[] | null, rows: ReadonlyArray<readonly unknown[]>): string {
  const all = header ? [header, ...rows] : rows
  return all.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
