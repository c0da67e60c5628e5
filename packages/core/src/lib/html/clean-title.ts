/**
 * Remove the site name that pages append or prepend to their titles
 * ("Sudan sanctions lifted | The New York Times", "BBC News - Headline"), when the
 * site name is known, the way Readability trims `<title>`. Without a known site
 * name the title is kept whole: a dash may belong to the headline.
 */
export function cleanTitle(title: string, siteName: string | null | undefined): string {
  if (!siteName) return title
  const site = siteName.replace(/\s+/g, ' ').trim().toLowerCase()
  if (site === '' || title.toLowerCase() === site) return title
  const separator = '\\s+[|\\-–—:·•»/\\\\]\\s+'
  const escaped = escapeRegExp(site)
  const suffix = new RegExp(`${separator}${escaped}\\s*$`, 'i')
  const prefix = new RegExp(`^\\s*${escaped}${separator}`, 'i')
  const stripped = title.replace(suffix, '').replace(prefix, '').trim()
  return stripped === '' ? title : stripped
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

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
