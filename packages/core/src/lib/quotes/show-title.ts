import type {FrameToken} from './frame.js'
import type {MarkedRun} from './scan-quote-marks.js'

/** Words a title of a work leaves in lower case ("Meet the Press", "Face of the Day"). */
const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'over'])

/** Most words a programme's title in marks has. */
const longestTitle = 6

/**
 * Whether the run at token `q` names a programme or a work rather than quoting
 * anyone: its words are in title case (every word but the minor ones capitalised,
 * not shouted in capitals) and it stands where a name of a show stands, right
 * after "on" (`said on “Riverton Tonight”`) or after an owner's possessive
 * (`told Marle Radio’s “Morning Desk”`).
 */
export function isShowTitle(text: string, tokens: readonly FrameToken[], q: number, lo: number, run: MarkedRun): boolean {
  let k = q - 1
  // A doubled mark ('' read as one quotation mark) leaves its first half before the run.
  if (k >= lo && tokens[k]!.kind === 'punct' && tokens[k]!.end === run.open && /^['’‘]$/.test(tokens[k]!.text)) k--
  const before = tokens[k]
  if (k < lo || !before || before.kind !== 'word' || !(before.lower === 'on' || before.possessive)) return false
  return titleCase(text.slice(run.start, run.end))
}

function titleCase(content: string): boolean {
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)
  if (!words || words.length > longestTitle) return false
  const letters = content.replace(/[^\p{L}]/gu, '')
  // "NO DEAL": words in capitals are shouted speech, not a title.
  if (letters.length > 3 && letters === letters.toUpperCase()) return false
  let capitals = 0
  for (const word of words) {
    if (/^\p{Lu}|^\p{N}/u.test(word)) capitals++
    else if (!minorWords.has(word.toLowerCase())) return false
  }
  return capitals > 0
}
