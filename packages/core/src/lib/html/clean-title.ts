/**
 * Remove the site name that pages append or prepend to their titles
 * ("Sudan sanctions lifted | The New York Times", "BBC News - Headline"), when the
 * site name is known, the way Readability trims `<title>`. Without a known site
 * name the title is kept whole: a dash may belong to the headline.
 */
export function cleanTitle(title: string, siteName: string | null | undefined): string {
  if (!siteName) return title
  const site = siteName.replace(/\s+/g, ' ').trim().toLowerCase()
  const lower = title.toLowerCase()
  // Compared in lower case, by position: only where lower-casing keeps every offset.
  if (site === '' || lower === site || lower.length !== title.length) return title
  let start = 0
  let end = title.length
  if (lower.trimEnd().endsWith(site)) {
    const head = title.slice(0, lower.trimEnd().length - site.length)
    const separator = trailingSeparator.exec(head)
    if (separator) end = separator.index
  }
  if (lower.trimStart().startsWith(site)) {
    const from = title.length - lower.trimStart().length + site.length
    const separator = leadingSeparator.exec(title.slice(from, end))
    if (separator) start = from + separator[0].length
  }
  const stripped = title.slice(start, end).trim()
  return stripped === '' ? title : stripped
}

/** A separator between a headline and the site's name: a bar, dash, colon, dot, guillemet or slash between spaces. */
const trailingSeparator = /\s+[|\-–—:·•»/\\]\s+$/
const leadingSeparator = /^\s+[|\-–—:·•»/\\]\s+/

/**
 * A page title whose site name is not known, trimmed after its last en or em dash
 * when what stands before is a headline of five words or more ("Council approves
 * the new river bridge – Riverton Notes"): the rule Readability applies to `|` and
 * `-`, which the Readability we bundle does not yet apply to the typographic dashes.
 * Shorter heads are kept whole: the dash may belong to the headline.
 */
export function trimDashSuffix(title: string): string {
  const at = Math.max(title.lastIndexOf(' – '), title.lastIndexOf(' — '))
  if (at < 0) return title
  const head = title.slice(0, at).trim()
  return head.split(/\s+/).length >= 5 ? head : title
}
