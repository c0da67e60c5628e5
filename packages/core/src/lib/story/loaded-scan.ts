/**
 * The loaded terms of a sentence, found as `text.matchAll(/\b(?:terms)\b/giu)` finds
 * them but with the regex tried only where a term can start: at a word's start
 * whose letter opens some term. The whole-word regex tried at every offset of a
 * thousand articles was most of the time framing took.
 */

/** One found term: where it starts and its text as written. */
export interface Found {
  index: number
  text: string
}

/**
 * A finder of whole-word, case-insensitive matches of `alternatives` (regex source of
 * an alternation, each alternative opening with an ASCII letter), the same as those
 * of `new RegExp(`\\b(?:${alternatives})\\b`, 'giu')`.
 */
export function wholeWordFinder(alternatives: string, firstLetters: readonly string[]): (text: string) => Found[] {
  const global = new RegExp(`\\b(?:${alternatives})\\b`, 'giu')
  // A letter no ASCII one opens: the plain regex, not the shortcut.
  if (!firstLetters.every((letter) => /^[a-z]$/i.test(letter))) return (text) => [...text.matchAll(global)].map((match) => ({index: match.index, text: match[0]}))
  const sticky = new RegExp(`(?:${alternatives})\\b`, 'iuy')
  const opens = new Uint8Array(128)
  for (const letter of firstLetters) opens[letter.toLowerCase().charCodeAt(0)] = 1
  // Case-insensitive Unicode matching folds the long s to "s" and the Kelvin sign to "k".
  const opensAt = (c: number) => (c < 128 ? opens[c >= 65 && c <= 90 ? c + 32 : c] === 1 : (c === 0x17f && opens[115] === 1) || (c === 0x212a && opens[107] === 1))
  return (text) => {
    const found: Found[] = []
    for (let at = 0; at < text.length; at++) {
      if (!opensAt(text.charCodeAt(at)) || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (!match) continue
      found.push({index: at, text: match[0]})
      at = sticky.lastIndex - 1
    }
    return found
  }
}

/** A word character of a case-insensitive Unicode regex (`\w` with `iu`: ASCII letters, digits, "_", and the two that fold to them). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a
}
