/**
 * Elements that mark an author's name in the page itself: `rel=author` links,
 * microdata and hCard authors, and the class names sites give the byline's name.
 */
const bylineSelector = 'a[rel~="author"], [itemprop~="author"] [itemprop~="name"], [itemprop~="author"], [class*="author-name"], [class*="byline-name"], [class~="fn"][class*="author"]'

/**
 * The author's name as the page shows it, for when its metadata names none or only
 * an account handle: the first marked element whose text is shaped like a person's
 * name ("By Dana Okafor" → "Dana Okafor"), else `null`.
 */
export function visibleByline(document: Document): string | null {
  let elements: Element[]
  try {
    elements = Array.from(document.querySelectorAll(bylineSelector))
  } catch {
    return null
  }
  for (const element of elements.slice(0, 20)) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^by[:\s]\s*/i, '')
    if (text.length <= 60 && personName.test(text)) return text
  }
  return null
}

/**
 * An account name rather than a person's: one token with digits or an `@`
 * ("rcooper77", "@danaokafor"), one token in lower case throughout ("danaokafor",
 * "admin": names are capitalised), or a profile address.
 */
export function isHandle(name: string): boolean {
  const trimmed = name.trim()
  return /^@/.test(trimmed) || /^https?:\/\//i.test(trimmed) || (/^\S+$/.test(trimmed) && (/\d/.test(trimmed) || /^[\p{Ll}_.-]+$/u.test(trimmed)))
}

/** Two to four capitalised words (initials allowed): "Dana Okafor", "J. R. Mbeki". */
const personName = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u
