// Why a metadata field on Readability's pages did not match, by class, so that a
// convention of the reference (expected-metadata.json is Readability's own output)
// is told apart from a miss of ours. Readability takes a title from JSON-LD or meta
// tags verbatim, site name and all ("Headline | Site"), and trims the site's name only
// from `<title>`; it takes the publisher's name as a byline when the page gives no
// other (`author` = site name), and sometimes a date line as one.

const norm = (value) => String(value ?? '').replace(/\s+/g, ' ').trim().toLowerCase()

/** The class of a title or byline miss: a short label. */
export function missClass(field, want, got, expectedMeta) {
  const expected = norm(want)
  const ours = norm(got)
  const site = norm(expectedMeta.siteName)
  if (field === 'title') {
    if (ours !== '' && expected.startsWith(ours) && /^\s*[|\-–—·•»:/\\]\s+\S/.test(expected.slice(ours.length))) return 'expected keeps a tail after a separator (site or author name); ours is the headline'
    return 'other'
  }
  if (field === 'byline') {
    if (site !== '' && norm(expected).replace(/^by\s+/, '') === site) return 'expected is the publisher (site name); we give no publisher as author'
    if (/\d/.test(expected)) return 'expected is not a name (a date line)'
    if (ours !== '' && !expected.includes(ours) && !ours.includes(expected)) return 'expected and ours name different people'
    return 'other'
  }
  return 'other'
}
