import {distancingWords, negationsOf, wordsOf} from './slot-values.js'
import type {StoryClaim} from './types.js'
import type {Draft, SlotContext} from './claim-conflicts.js'
import {clamp} from './clamp-confidence.js'
import {memberWith} from './conflict-member.js'

/** Aligned pairs must be this close before a stance or polarity difference counts: the two must say one thing. */
const sameProposition = 0.4

/**
 * One outlet states in its own voice what another explicitly
 * distances ("alleged", "is believed to"): attribution ("according to", "X said")
 * is not distance. The distancing word must bear on what the two share: a content
 * word both sentences have within a few words of it.
 */
export function stanceConflict(a: StoryClaim, b: StoryClaim, similarity: number, group: string, context: SlotContext): Draft | null {
  if (similarity < sameProposition) return null
  const ha = distancingWords(a, context.cuesOf(a))
  const hb = distancingWords(b, context.cuesOf(b))
  if ((ha.length > 0) === (hb.length > 0)) return null
  const [hedged, stated, words] = ha.length > 0 ? [a, b, ha] : [b, a, hb]
  // Only the outlet's own voice vouches: "X said P" does not, so it is no stance against "allegedly P".
  if (stated.stance !== 'asserted') return null
  if (negationsOf(hedged.text).length !== negationsOf(stated.text).length) return null
  // The distancing word must bear on what both say: the first content word it governs
  // ("alleged demands", "allegedly asked", "is believed to be cooperating") is in the other sentence.
  const stems = new Set(wordsOf(stated.text).map((w) => stemOf(w.word)))
  const bears = words.some((cue) => {
    const after = wordsOf(hedged.text.slice(cue.end - hedged.start, cue.end - hedged.start + 40))
    const head = after.find((w) => w.word.length > 3 && !auxiliaries.has(w.word))
    return head !== undefined && stems.has(stemOf(head.word))
  })
  if (!bears) return null
  const word = words[0]!.text
  return {
    kind: 'stance', group, slot: '', confidence: clamp(0.3 + similarity * 0.7),
    words: () => ({
      reason: `aligned sentences (similarity ${similarity.toFixed(2)}): one states it, the other distances it with "${word}"`,
      summary: `stated by ${stated.file}; "${word}" in ${hedged.file}`
    }),
    members: [memberWith(stated, stated.stance), memberWith(hedged, word)]
  }
}

/** Words between a distancing word and what it distances ("is believed to *be* cooperating"). */
const auxiliaries = new Set(['have', 'been', 'being', 'were', 'that', 'with', 'from', 'into', 'this', 'their', 'there'])

/** A crude stem for matching one word across two sentences: "demands"/"demand", "cooperating"/"cooperate". */
function stemOf(word: string): string {
  return word.replace(/(?:ing|ed|es|s|e)$/, '').slice(0, 7)
}

