import {acronymLetters} from '../entities/acronyms.js'
import {notNames} from '../entities/common-words.js'
import {orgWords} from '../entities/org-words.js'
import {titleHeads} from '../entities/titles.js'
import {isDateline, isHeadingLine, isSentenceStart, type NamingText} from './naming-text.js'
import {capitalAbbreviations, capitalAndJoinerWords} from './org-scan.js'

/** One written name of a body in one file, at an offset of its text. */
export interface OrgOccurrence {
  form: string
  file: string
  start: number
}

/** Small words that may join the parts of a body's name ("Department of Justice", "Committee on Harbors and Reform"). */
const joiners = new Set(['of', 'on', 'and', 'for', 'the'])


/**
 * Names of bodies written in the running text of one article: runs of capitalised
 * words that hold an organisation word ("Justice Department", "Department of
 * Justice", "House Committee on Harbors and Rural Affairs", "National
 * Security Agency"), joined by "of", "on", "and" only once such a word has come
 * (so "Smith of the Harbors Committee" gives "Harbors Committee"), and
 * abbreviations ("F.B.I.", "NSA"). Headlines are skipped: title case proves nothing.
 */
export function findOrgForms({file, text}: NamingText): OrgOccurrence[] {
  const found: OrgOccurrence[] = []
  const run: Array<{word: string, start: number}> = []
  let lastEnd = -1
  const flush = () => {
    while (run.length > 0 && joiners.has(run[run.length - 1]!.word)) run.pop()
    while (run.length > 0 && /^the$/i.test(run[0]!.word)) run.shift()
    const words = run.map((item) => (/^(?:\p{Lu}\.)+$/u.test(item.word) ? item.word : item.word.replace(/\.$/, '').replace(/[’']s$/, '')))
    if (run.length > 0 && words.some((word) => orgWords.has(word.toLowerCase())) && !isHeadingLine(text, run[0]!.start)) {
      const start = run[0]!.start
      // A lone organisation word opening a sentence ("Congress voted") is still a name; a lone common one ("Department") is dropped later.
      if (!(words.length === 1 && isSentenceStart(text, start) && !orgWords.has(words[0]!.toLowerCase()))) found.push({form: words.join(' '), file, start})
    }
    run.length = 0
  }
  // Capitalised words, abbreviations with periods, and the joiners between them.
  const scanned = capitalAndJoinerWords(text)
  for (let w = 0; w < scanned.words.length; w++) {
    const word = scanned.words[w]!
    const start = scanned.starts[w]!
    // The run goes on across one space only.
    const spaced = start - lastEnd === 1 && text[lastEnd] === ' '
    const previous = run[run.length - 1]?.word
    // A run ends at a sentence's end ("the Port Authority. Lindqvist said"), at a title after the
    // body's name ("House Harbors Committee Chairman Jane Roe"), and before a day or month ("Congress on Monday").
    const ended = previous !== undefined && /\.$/.test(previous) && !/^(?:\p{Lu}\.)+$/u.test(previous)
    const lower = word.toLowerCase()
    if (run.length > 0 && (!spaced || ended || (titleHeads.has(lower) && orgWords.has(previous!.toLowerCase())) || (notNames.has(lower) && previous && joiners.has(previous)))) flush()
    if (joiners.has(word)) {
      // "of", "on", "for" only after the body's own word ("Department of Justice"); "and" only inside
      // such a phrase ("Committee on Harbors and Reform", not "the FBI and the NSA"); "the" only after them.
      const last = run[run.length - 1]?.word.toLowerCase()
      const allowed = run.length > 0 && (word === 'the' ? last === 'of' || last === 'on' || last === 'for'
        : word === 'and' ? run.some((item) => item.word === 'of' || item.word === 'on') && !joiners.has(last!)
          : orgWords.has(last!))
      if (!allowed) {
        flush()
        lastEnd = start + word.length
        continue
      }
    }
    run.push({word, start})
    lastEnd = start + word.length
  }
  flush()
  const abbreviations = capitalAbbreviations(text)
  for (let w = 0; w < abbreviations.words.length; w++) {
    const form = abbreviations.words[w]!
    const start = abbreviations.starts[w]!
    if (acronymLetters(form) && !isHeadingLine(text, start) && !isDateline(text, start)) found.push({form, file, start})
  }
  return found
}

/**
 * Names some outlet writes with a capital article in running text ("reported in The
 * Washington Post"): the names without it, each with the files that do so.
 */
export function findArticleNames({text}: NamingText): Set<string> {
  const names = new Set<string>()
  for (const match of text.matchAll(/The ((?:\p{Lu}[\p{L}’'.-]*)(?: \p{Lu}[\p{L}’'.-]*){0,3})/gu)) {
    if (isSentenceStart(text, match.index!) || isHeadingLine(text, match.index!)) continue
    // The name ends with its sentence ("… The Ledger. The mayor said").
    const name = match[1]!.split(/\.\s/)[0]!.replace(/[’']s$/, '')
    names.add(/^(?:\p{Lu}\.)+$/u.test(name.split(' ').pop()!) ? name : name.replace(/\.$/, ''))
  }
  return names
}
