/**
 * Whether a file is one of corroborate's own outputs (a story report, a quotes or
 * claims listing) rather than an article, so that a report written into an input
 * folder is not read back as an article on the next run. Checks the opening only.
 * Returns what it is, or null.
 */
export function ownOutput(text: string): string | null {
  const head = text.slice(0, 2000).trimStart()
  if (/^\{\s*"version"\s*:\s*\d+\s*,\s*"articles"\s*:\s*\[/.test(head)) return 'a corroborate JSON output'
  if (/^\{\s*"@context"/.test(head) && /"urn:corroborate:/.test(head)) return 'a corroborate JSON-LD output'
  if (/<meta name="generator" content="@corroborate\/core"/.test(head)) return 'a corroborate HTML report'
  if (/^# Story report\s*\n/.test(head)) return 'a corroborate Markdown report'
  if (/^Story of \d+ articles?\s*\n/.test(head)) return 'a corroborate text report'
  return null
}
