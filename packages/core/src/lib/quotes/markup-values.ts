import type {MarkedRun} from './scan-quote-marks.js'

/** An opening tag's start: `<` and a tag name, then a space before its attributes. */
const tagStart = /^<[A-Za-z][\w:.-]*\s/

/** How far back (characters) the `<` of a tag may stand from an attribute's value. */
const longestTag = 1000

/**
 * Drop the runs that are attribute values of markup left in the text
 * (`<post author="…" date="…">` kept from an embed): the marks after `name=`
 * inside an open tag quote no one.
 */
export function dropMarkupValues(text: string, runs: MarkedRun[]): MarkedRun[] {
  // Most articles have no '=' before a mark: nothing to look up.
  if (!runs.some((run) => text.charCodeAt(run.open - 1) === 61)) return runs
  return runs.filter((run) => !insideTag(text, run.open))
}

/** Whether the mark at `at` opens an attribute value: right after `=`, inside a tag opened before it and not yet closed. */
function insideTag(text: string, at: number): boolean {
  if (text[at - 1] !== '=') return false
  const open = text.lastIndexOf('<', at)
  if (open < 0 || at - open > longestTag || text.lastIndexOf('>', at) > open) return false
  return tagStart.test(text.slice(open, open + 40))
}
