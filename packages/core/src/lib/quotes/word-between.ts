import type {FrameToken} from './frame.js'

/**
 * How many word tokens each token list holds before each index, made once per list:
 * the cue finders ask, for every quote, whether any word stands near it, and in a run
 * of quotes ("‘a’ ‘b’ ‘c’ …") a scan per quote would read the whole window each time.
 */
const wordCounts = new WeakMap<readonly FrameToken[], Int32Array>()

/** Tokens read at each end of a span before the counts are. */
const nearby = 4

/** Whether a word token stands in `tokens[from, to)`. */
export function wordBetween(tokens: readonly FrameToken[], from: number, to: number): boolean {
  if (to <= from) return false
  // In running text a word stands within a few tokens of either end: found without the counts.
  const end = Math.min(to, tokens.length)
  for (let i = Math.max(0, from), k = 0; i < end && k < nearby; i++, k++) if (tokens[i]!.kind === 'word') return true
  for (let i = end - 1, k = 0; i >= Math.max(0, from) && k < nearby; i--, k++) if (tokens[i]!.kind === 'word') return true
  let counts = wordCounts.get(tokens)
  // A list that grew since its counts were made (tokens are pushed while a frame is built) is counted again.
  if (!counts || counts.length !== tokens.length + 1) {
    counts = new Int32Array(tokens.length + 1)
    for (let i = 0; i < tokens.length; i++) counts[i + 1] = counts[i]! + (tokens[i]!.kind === 'word' ? 1 : 0)
    wordCounts.set(tokens, counts)
  }
  return counts[Math.min(to, tokens.length)]! > counts[Math.max(0, from)]!
}
