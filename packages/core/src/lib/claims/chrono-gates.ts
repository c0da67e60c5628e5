import {Chrono, type Parser, type ParsingContext} from 'chrono-node'

/**
 * Words without which two of chrono's casual English parsers find nothing: "three
 * days ago", "a week later". Each holds a time unit repeated up to ten times, a pattern
 * V8 takes long to compile (some 70 ms each in a fresh Node process, the largest part
 * of a first story's dates), and most stretches of news copy hold neither phrase.
 *
 * Each entry is the end of its parser's pattern as chrono writes it; the test is a
 * letter then that end, a necessary condition of the pattern: every match ends in a
 * time unit (a word of ASCII letters), at most five spaces, then one of these words
 * before a non-word character or the end. Where the test fails the parser would find
 * nothing, and chrono's output is the same without it (each parser reads the text on
 * its own; an empty list adds nothing to the sorted results the refiners get).
 */
export const parserGates: ReadonlyArray<{ending: string, words: RegExp}> = [
  // ENTimeUnitAgoFormatParser
  String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`,
  // ENTimeUnitLaterFormatParser
  String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`
].map((ending) => ({ending, words: new RegExp(`[a-z]${ending}`, 'i')}))

/** A parser that never matches: what a gated parser reads where its words are missing. */
const nothing = /(?!)/

/**
 * `chrono`'s parsers and refiners, the time-unit parsers above run only on a text
 * that passes their test. A parser is known by its pattern, so a chrono release that
 * changes one leaves that parser as it is (`gated` says how many were gated).
 */
export function gateParsers(chrono: Chrono): {reader: Chrono, gated: number} {
  let gated = 0
  const parsers = chrono.parsers.map((parser): Parser => {
    const gate = parserGates.find((candidate) => candidate.ending === patternEnding(parser, candidate.ending))
    if (!gate) return parser
    gated++
    return {
      pattern: (context: ParsingContext) => (gate.words.test(context.text) ? parser.pattern(context) : nothing),
      extract: (context, match) => parser.extract(context, match)
    }
  })
  return {reader: new Chrono({parsers, refiners: chrono.refiners}), gated}
}

/** The end of a time-unit parser's pattern (the ones that carry `strictMode`), as long as `ending`; null for any other parser. */
function patternEnding(parser: Parser, ending: string): string | null {
  const inner = parser as Parser & {strictMode?: unknown, innerPattern?: (context: unknown) => RegExp}
  if (!Object.hasOwn(inner, 'strictMode') || inner.strictMode !== false || typeof inner.innerPattern !== 'function') return null
  try {
    const pattern = inner.innerPattern({option: {}})
    return pattern.flags === 'i' ? pattern.source.slice(-ending.length) : null
  } catch {
    return null
  }
}
