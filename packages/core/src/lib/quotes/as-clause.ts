import type {FrameToken} from './frame.js'
import type {NounPhrase} from './noun-phrase.js'
import {contentEnd, opening} from './reported-content.js'

/**
 * "As Lund noted, the voters will return", "As the Varik Herald reported last
 * week, P": a fronted "as" clause whose speech verb reports the main clause
 * after its comma. `phrase` is the verb's subject, `c` where the verb's own
 * complement would start (the comma, past any "told reporters" or time phrase).
 * Returns the content's tokens, or null when the sentence has no such shape.
 */
export function asClauseContent(tokens: readonly FrameToken[], phrase: NounPhrase, c: number, lo: number, hi: number): [number, number] | null {
  const as = phrase.from - 1
  if (tokens[as]?.lower !== 'as' || tokens[as]!.kind !== 'word') return null
  // Only at the sentence's start or right after a comma: "such as Lund said" is no report.
  if (as !== opening(tokens, lo) && tokens[as - 1]?.text !== ',') return null
  let comma = c
  // "As Lund said on Monday, P": a short phrase of time or place before the comma.
  while (comma <= hi && comma - c < 6 && tokens[comma]!.kind === 'word') comma++
  if (comma >= hi || tokens[comma]!.text !== ',') return null
  const from = comma + 1
  if (tokens[from]?.kind !== 'word') return null
  const end = contentEnd(tokens, from, hi, 'clause')
  return end - from >= 2 ? [from, end] : null
}
