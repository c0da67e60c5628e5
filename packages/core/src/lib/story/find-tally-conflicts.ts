import {forEachAlignedPair, readByText, type GroupPairContext} from './aligned-pairs.js'
import {memberWith} from './conflict-member.js'
import type {ClaimGroup, Conflict} from './types.js'

/** A tally: "7-2", "7–2", "52 to 48". */
const tally = /(?<![\p{N}.,:/–-])(\d{1,3})\s*(?:-|–|—|\s+to\s+)\s*(\d{1,3})(?![\p{N}%:/–-]|\s*(?:percent|per\s+cent|[ap]\.?m\.?(?![\p{L}])))/gu
/**
 * Words that make the numbers after them a tally of votes or a score: "voted 7-2",
 * "by a vote of 52 to 48", "won 3-1". A general English list of voting and winning
 * words; a range ("ages 18-25", "pages 10-12") has none of them before it.
 */
const tallyWords = /(?<![\p{L}])(?:vot(?:e|es|ed|ing)|ballot|margin|tally|split|ruled|ruling|decision|verdict|passed|approved|rejected|confirmed|won|wins|winning|lost|loses|losing|beat|beats|defeated|defeats|drew|draw|score|scored|victory|defeat|win|loss)(?![\p{L}])/iu
/** Words that may follow a tally ("voted 7-2 to close", "won 3-1 against"); any other word makes the numbers a range of something. */
const after = new Set(['to', 'in', 'on', 'against', 'over', 'for', 'with', 'at', 'and', 'after', 'before', 'when', 'while', 'but', 'as', 'vote', 'votes', 'decision', 'ruling', 'margin', 'win', 'victory', 'loss', 'defeat', 'majority', 'tally', 'split', 'last', 'this'])
/** Words and entities a pair must share besides the tally, to be one fact. */
const minimumShared = 3

/**
 * Tallies that cannot both hold, in aligned facts: two outlets give one vote or one
 * score different counts ("the council voted 7-2" / "voted 6-3", "won 3-1" / "won
 * 2-1"). A tally is two numbers joined by a dash or "to" with a voting or winning
 * word just before it; a sentence with two tallies is left out (which matches which
 * is a guess), and the order of the two numbers does not matter ("7-2" and "2-7" are
 * one tally told from either side). Depends on claim groups to align the facts.
 */
export function findTallyConflicts(groups: readonly ClaimGroup[], context: GroupPairContext): Array<Omit<Conflict, 'id'>> {
  const out: Array<Omit<Conflict, 'id'>> = []
  forEachAlignedPair(groups, readByText(onlyTally), (a, b, ta, tb, group) => {
    if (ta.key === tb.key || context.shared(a, b) < minimumShared) return
    const similarity = context.similarity(a, b)
    out.push({
      kind: 'number', group: group.id, confidence: Math.round(Math.min(0.9, 0.3 + similarity * 0.6) * 100) / 100,
      reason: `aligned sentences (similarity ${similarity.toFixed(2)}) give one vote or score different tallies`,
      summary: `tally: ${ta.text} vs ${tb.text}`,
      members: [memberWith(a, ta.text), memberWith(b, tb.text)]
    })
  })
  return out
}

/** The one tally of a sentence, with a voting or winning word before it (its numbers, larger first, as a key); null when none or several. */
function onlyTally(text: string): {key: string, text: string} | null {
  if (!/\d\s*(?:[-–—]|\s+to\s+)\s*\d/.test(text)) return null
  // Every pair of numbers that reads as a tally counts: with two, which matches which is a guess.
  const found: Array<{key: string, text: string, voted: boolean}> = []
  for (const match of text.matchAll(tally)) {
    const before = text.slice(0, match.index)
    // "52 to 48" is a tally only after a vote ("approved 3 to 5 homes" is a range).
    if (/\sto\s/.test(match[0]) && !/vot|margin|tally|ballot/i.test(before)) continue
    // What follows a tally is a preposition, a clause or nothing; a noun makes a range ("won 10-15 seats").
    const next = /^\s*([\p{L}]+)/u.exec(text.slice(match.index + match[0].length))
    if (next && !after.has(next[1]!.toLowerCase())) continue
    const [x, y] = [Number(match[1]), Number(match[2])]
    found.push({key: `${Math.max(x, y)}:${Math.min(x, y)}`, text: match[0], voted: tallyWords.test(before)})
  }
  if (found.length !== 1 || !found[0]!.voted) return null
  return {key: found[0]!.key, text: found[0]!.text}
}
