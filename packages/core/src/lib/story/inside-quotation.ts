/**
 * Whether text that ends here leaves a quotation open: curly marks counted apart,
 * straight ones by parity. Words inside the marks are the speaker's, not the outlet's
 * (a hedge or a handover quoted is no claim of the article's own).
 */
export function insideQuotation(before: string): boolean {
  if (before.includes('“')) return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length
  return (before.match(/"/g) ?? []).length % 2 === 1
}
