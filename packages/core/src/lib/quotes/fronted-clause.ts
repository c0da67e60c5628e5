import type {FrameToken} from './frame.js'

// Reported content inside a fronted subordinate clause: "While Okafor claimed that P, Q"
// reports P; Q, after the clause's comma, is the writer's main clause.

/** Words that open a subordinate clause put before the main clause. */
const frontingWords = new Set(['if', 'when', 'while', 'whereas', 'although', 'though', 'as', 'because', 'since', 'after', 'before', 'unless', 'once', 'until', 'despite', 'even'])

/** Conjunctions that may come before the subordinator ("But while …"). */
const leading = new Set(['and', 'but', 'yet', 'so'])

/**
 * Where content [c, end] of a cue at `v` ends when the sentence (from `start`) opens
 * with a subordinate clause that holds the cue with no comma before it: at the
 * first comma after the content's start that `goesOn` does not keep (a list, say).
 * The content's own subordinator ("said that if it rains, the fair will close")
 * leaves it whole.
 */
export function frontedEnd(tokens: readonly FrameToken[], start: number, v: number, c: number, end: number, goesOn: (k: number) => boolean): number {
  let s = start
  if (leading.has(tokens[s]?.lower ?? '') && tokens[s]!.kind === 'word') s++
  if (tokens[s]?.kind !== 'word' || !frontingWords.has(tokens[s]!.lower) || frontingWords.has(tokens[c]?.lower ?? '')) return end
  for (let k = s + 1; k < v; k++) if (tokens[k]!.kind !== 'word') return end
  for (let k = c + 1; k <= end; k++) {
    const t = tokens[k]!
    // Not the comma inside a number ("2,400").
    if (t.text === ',' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.start > t.end && !goesOn(k)) return k - 1
  }
  return end
}
