import {isHeadingText, isSentenceStart, textLines, type NamingText} from './naming-text.js'
import {keptLines} from './org-forms.js'

/**
 * Names some outlet writes with a capital article in running text ("reported in The
 * Washington Post"): the names without it, each with the files that do so.
 */
export function findArticleNames({text}: NamingText, into: Set<string> = new Set()): Set<string> {
  const {lines} = textLines(text)
  for (let l = 0; l < lines.length; l++) {
    const names = lineArticleNames(lines[l]!)
    for (let k = 0; k < names.length; k++) into.add(names[k]!)
  }
  return into
}

const noNames: readonly string[] = []
/** Lines read so far, by their text, with the names each holds (at most `keptLines`). */
const namesByLine = new Map<string, readonly string[]>()

/** `findArticleNames` of one line (a name never runs across lines), kept by the line's text. */
function lineArticleNames(text: string): readonly string[] {
  // Most lines hold no "The " at all: no regex runs over them, and nothing is kept.
  if (!text.includes('The ')) return noNames
  let known = namesByLine.get(text)
  if (known) return known
  if (namesByLine.size >= keptLines) namesByLine.clear()
  const names = new Set<string>()
  for (const match of text.matchAll(/The ((?:\p{Lu}[\p{L}’'.-]*)(?: \p{Lu}[\p{L}’'.-]*){0,3})/gu)) {
    if (isSentenceStart(text, match.index!) || isHeadingText(text)) continue
    // The name ends with its sentence ("… The Ledger. The mayor said").
    const name = match[1]!.split(/\.\s/)[0]!.replace(/[’']s$/, '')
    names.add(/^(?:\p{Lu}\.)+$/u.test(name.split(' ').pop()!) ? name : name.replace(/\.$/, ''))
  }
  namesByLine.set(text, known = [...names])
  return known
}
