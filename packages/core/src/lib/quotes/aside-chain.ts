import type {FrameToken} from './frame.js'
import type {NounPhrase} from './noun-phrase.js'

/**
 * A subject followed by a chain of asides before its verb: "Dana Okafor, whose
 * hometown, Riverton, is flooding, argues", "Cory Banks, 31, of Dunmore, Vt.,
 * said", "Tom Vale, the editor of the city paper, The Riverton Ledger, said". Read
 * back from the verb, the phrase before the last aside ("Riverton", "Dunmore", "the
 * editor of the city paper") is itself inside an aside when its comma-segment opens
 * with a lower-case preposition, relative word, article or number, or completes an
 * aside that the segment before it opens ("whose hometown, Riverton,"). Walk back
 * over such segments to the phrase they describe; null when `head` is already it.
 *
 * @param before `subjectBefore`, passed in to read the phrase before a comma.
 */
export function asideChainHead(tokens: readonly FrameToken[], head: NounPhrase, lo: number, before: (tokens: readonly FrameToken[], v: number, lo: number) => NounPhrase | null): NounPhrase | null {
  let current = head
  let moved = false
  for (let step = 0; step < maxSteps; step++) {
    const start = segmentStart(tokens, current.from, lo)
    if (start - 1 < lo || tokens[start - 1]!.text !== ',') break
    let comma = start - 1
    if (!opensAside(tokens[start]!)) {
      // "whose hometown, Riverton,": a name that completes the aside before it.
      const previous = segmentStart(tokens, comma, lo)
      if (previous - 1 < lo || tokens[previous - 1]!.text !== ',' || !opensAside(tokens[previous]!)) break
      comma = previous - 1
    }
    const outer = before(tokens, comma, lo)
    if (!outer || outer.pronoun || outer.to !== comma - 1) break
    current = outer
    moved = true
  }
  return moved ? current : null
}

/** How many asides a chain may hold. */
const maxSteps = 4

/** The first token of the comma-segment that ends before `to`: back over words and brackets. */
function segmentStart(tokens: readonly FrameToken[], to: number, lo: number): number {
  let s = to
  while (s - 1 >= lo && to - s < 24 && (tokens[s - 1]!.kind === 'word' || tokens[s - 1]!.text === '(' || tokens[s - 1]!.text === ')')) s--
  return s
}

/** Lower-case words that open an aside rather than a subject ("of Dunmore", "whose …", "the editor …", "31"). */
function opensAside(t: FrameToken): boolean {
  if (t.kind !== 'word') return false
  if (/^\d/.test(t.text)) return true
  return !t.cap && asideOpeners.has(t.lower)
}

const asideOpeners: ReadonlySet<string> = new Set([
  'whose', 'who', 'which', 'the', 'a', 'an', 'of', 'in', 'at', 'from', 'during', 'with', 'for', 'on',
  'near', 'outside', 'inside', 'after', 'before', 'since', 'under', 'now', 'once', 'formerly'
])
