import type {FrameToken} from './frame.js'
import {sentenceWindow, type Attribution} from './attribution.js'
import {cueAfter} from './cue-after.js'
import {cueBefore} from './cue-before.js'
import {cueLater} from './cue-later.js'

/**
 * Find who a quote is attributed to, from the tokens of its block (`q` is the
 * quote's token). In order: a cue right after the quote (`“…,” Ushakov said`,
 * `said Ushakov`, `“…” —Name`, `according to`), a colon intro (`He added: ‘…”`,
 * `And from Chairwoman X: “…”`), a reporting verb before the quote in its
 * sentence (the outermost one of the clause, unless the nearest is a naming verb
 * such as "called"; a participle or a coordinated verb takes the clause's
 * subject), `according to X`, `by X as “…”`, and last a parenthetical later in
 * the sentence (`…“positive” call on Monday, the White House said`).
 */
export function findAttribution(tokens: readonly FrameToken[], q: number): Attribution | null {
  const [lo, hi] = sentenceWindow(tokens, q)
  // A cue right after the quote wins, even over a verb before it ("Ushakov called it
  // “constructive,” TASS reported" is TASS's report, as attribution corpora read it).
  return cueAfter(tokens, q, hi) ?? cueBefore(tokens, q, lo) ?? cueLater(tokens, q, hi)
}
