import {dateLineReason} from './date-line.js'
import {isHandle} from './visible-byline.js'

/**
 * A byline as the field should hold it: the people's names. "By" goes ("By Dana
 * Okafor" → "Dana Okafor"), and so does a date or time stamp that the page's byline
 * line carries after the name ("Dana Okafor March 12, 2026 4:10 PM", "Dana Okafor
 * | Updated 12 May 2026", "Dana Okafor12 May 2026" where the markup glued them); a
 * line that is only a stamp ("Last updated: May 12, 2026"), or an account name and a
 * stamp ("admin - 2026-05-12"), names nobody: `null`.
 */
export function cleanByline(text: string): string | null {
  const line = text.replace(/\s+/g, ' ').trim().replace(/^by(?:[:\s]+|$)/i, '').trim()
  if (line === '') return null
  if (dateLineReason(line) === 'chrome') return null
  // The earliest word from which the rest is a stamp; a word may be glued to the name
  // by the markup ("Okafor12 May", "OkaforMay 12").
  for (const match of line.matchAll(/(?<=\s)\S|(?<=\p{L})\p{N}|(?<=\p{Ll})\p{Lu}/gu)) {
    const at = match.index ?? 0
    if (dateLineReason(line.slice(at)) !== 'chrome') continue
    const name = line.slice(0, at).replace(/[\s|\-–—·•,;:/]+$/u, '').trim()
    // What is left may be an account name ("admin - 2026-05-12"): not a byline.
    return /\p{L}/u.test(name) && !isHandle(name) ? name : null
  }
  return line
}
