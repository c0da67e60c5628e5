import type {FrameToken} from './frame.js'

// Marks and words at which reported content stops: dashes and a writer's concession.

/** ", even as …", ", even though …": after a comma, the writer's concession, not more of the content. */
export function evenClause(tokens: readonly FrameToken[], at: number): boolean {
  return tokens[at]?.lower === 'even' && ['as', 'though', 'if', 'when', 'while', 'after', 'before', 'so'].includes(tokens[at + 1]?.lower ?? '')
}

/** The dash that closes the aside the dash at `k` opens ("the mill — closed since May — would"), or -1. */
export function pairedDash(tokens: readonly FrameToken[], k: number, hi: number): number {
  for (let j = k + 1; j <= hi; j++) {
    // A quotation inside the aside is a quote of its own: the content stops before the dash.
    if (tokens[j]!.kind === 'quote') return -1
    if (isDash(tokens, j)) return j
  }
  return -1
}

/** A dash: "—", "–", "―", or hyphens standing apart ("a plan - she said -", "a plan -- she said"). */
export function isDash(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k]!
  if (t.text === '—' || t.text === '–' || t.text === '―') return true
  if (t.kind !== 'punct' || !/^-+$/.test(t.text)) return false
  // A lone hyphen is a dash only with a space before it (not "-5" after a word).
  const before = tokens[k - 1]
  return t.text.length > 1 || (before !== undefined && before.end < t.start && tokens[k + 1] !== undefined && tokens[k + 1]!.start > t.end)
}
