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

/** Adverbs that say how or when something was said, never what ("wondered aloud", "said instead"). */
const mannerWords: ReadonlySet<string> = new Set(['aloud', 'again', 'twice', 'instead', 'otherwise', 'here', 'there', 'now', 'back', 'first', 'later', 'too', 'also', 'anyway', 'well', 'little', 'much', 'once', 'then', 'afterward', 'afterwards', 'earlier'])

/** Nouns and names ending in "-ly" that can stand alone as an object ("endorsed the rally" aside, "backs Italy"). */
const lyNouns: ReadonlySet<string> = new Set(['family', 'rally', 'ally', 'supply', 'reply', 'assembly', 'anomaly', 'monopoly', 'bully', 'folly', 'tally', 'july', 'italy', 'homily', 'melancholy'])

/** A content of one word that is a manner or time adverb ("“…,” she said dryly"): no report at all. */
export function loneAdverb(t: FrameToken | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false
  return mannerWords.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.lower) && !lyNouns.has(t.lower))
}
