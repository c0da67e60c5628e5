/**
 * Words that close a company's name and say what trade it is in ("Marle Wireless",
 * "Varik Airlines", "Riverton Pharmaceuticals"): a capitalised run ending in one is
 * a company, never a person. Unlike the organisation words (`orgWords`) they name no
 * kind of body, so the name's first word alone ("Marle") is its short form. English
 * nouns of trade as they close the names of listed companies (the industry words of
 * the SEC's EDGAR company names; no maintained list of them exists as a package).
 * Lower-case keys.
 */
export const businessWords: ReadonlySet<string> = new Set([
  'wireless', 'communications', 'telecom', 'telecommunications', 'airlines', 'airways', 'motors', 'technologies',
  'pharmaceuticals', 'industries', 'holdings', 'entertainment', 'studios', 'petroleum', 'semiconductor', 'electronics',
  'brands', 'logistics', 'biotech', 'therapeutics', 'railways', 'railroad', 'shipping', 'mining'
])

/** Whether a name's words (lower case) end in a trade word after at least one other word ("Marle Wireless"). */
export function endsInBusinessWord(words: readonly string[]): boolean {
  return words.length >= 2 && businessWords.has(words[words.length - 1]!)
}
