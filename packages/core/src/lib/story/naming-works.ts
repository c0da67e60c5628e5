import {classifyVariants, kindsOf} from './naming-kinds.js'
import {addForm, type FormsByKey, type NamingText} from './naming-text.js'
import type {NamingEntry} from './types.js'

/**
 * A title named right after the kind of work it is ("his memoir, *A Long Road
 * Home*", "the report “Rivers at Risk”"): a noun for a work, an optional comma,
 * an optional opening quotation mark, then the title's capitalised words.
 */
const workNoun = /\b(?:book|memoir|novel|biography|autobiography|film|movie|documentary|album|essay|poem|podcast)s?,?\s+["“‘']?(?=\p{Lu})/gu

/** Short words a title may hold in lower case ("Lies *and* Leadership", "Voice *of the* River"). */
const smallWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'nor', 'but', 'as'])

/** Words a title at most holds: a longer run is prose, not a title. */
const maximumWords = 12

/**
 * The title that starts at `from`: capitalised words with small words between them;
 * a colon opens a subtitle, in which commas may separate its words ("Truth, Lies, and
 * Leadership"). Before the colon a comma ends the title ("A Long Road Home, in which").
 */
function titleAt(text: string, from: number): string | null {
  const word = /[\p{L}\p{N}'’-]+/uy
  let at = from
  let end = from
  let subtitle = false
  let count = 0
  while (count < maximumWords) {
    word.lastIndex = at
    const match = word.exec(text)
    if (!match) break
    const token = match[0]
    const capital = /^\p{Lu}/u.test(token) || /^\p{N}/u.test(token)
    if (!capital && !smallWords.has(token.toLowerCase())) break
    count++
    if (capital) end = at + token.length
    const rest = text.slice(at + token.length, at + token.length + 3)
    const gap = /^(?::\s|,\s|\s)/.exec(rest)
    if (!gap) break
    if (gap[0].startsWith(':')) {
      if (subtitle || !capital) break
      subtitle = true
    } else if (gap[0].startsWith(',') && !subtitle) break
    at += token.length + gap[0].length
  }
  const title = text.slice(from, end)
  // One capitalised word is too little to tell a title from a name.
  return title.split(/\s+/).length >= 2 ? title : null
}

/** What two ways of writing one title share: lower case, without a leading article or a subtitle. */
function titleKey(title: string): string {
  return title.toLowerCase().split(':')[0]!.replace(/^(?:a|an|the)\s+/, '').replace(/\s+/g, ' ').trim()
}

/**
 * Titles of works (books, films, reports…) that outlets write differently: with and
 * without a leading article ("A Long Road Home" / "Long Road Home") or with and
 * without the subtitle ("Long Road Home: Notes from Marle"). Only a title named right
 * after the kind of work it is counts, and only forms from at least two outlets.
 */
export function workNaming(texts: readonly NamingText[]): NamingEntry[] {
  const forms: FormsByKey = new Map()
  for (const {file, text} of texts) {
    for (const match of text.matchAll(workNoun)) {
      const title = titleAt(text, match.index + match[0].length)
      if (!title) continue
      const key = titleKey(title)
      if (key.split(' ').length >= 2) addForm(forms, key, title, file)
    }
  }
  const entries: NamingEntry[] = []
  for (const map of forms.values()) {
    if (map.size < 2) continue
    const files = new Set([...map.values()].flatMap((set) => [...set]))
    if (files.size < 2) continue
    const name = [...map].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length)[0]![0]
    const variants = classifyVariants(name, [...map].map(([form, used]) => ({form, files: [...used].sort()})))
    entries.push({entity: `w${entries.length + 1}`, name, kind: 'term', kinds: kindsOf(variants), variants, titles: []})
  }
  return entries
}
