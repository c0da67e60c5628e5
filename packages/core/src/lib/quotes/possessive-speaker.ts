import type {FrameToken} from './frame.js'
import {phraseBreakers, possessivePronouns} from './function-words.js'
import {resolveSpeaker, type SpeakerContext} from './resolve-speaker.js'
import {speechNouns} from './speech-nouns.js'
import type {Speaker} from './types.js'

/**
 * A quote with no cue whose words belong to a possessor's speech noun: "his call
 * for a “full and open audit”", "Okafor's surprising pledge to stay
 * “above the fray”". The possessor (a pronoun, resolved, or a name) is the speaker, and
 * the possessive is the mention. Looks back at most ten tokens in the sentence.
 */
export function possessiveSpeaker(context: SpeakerContext, tokens: readonly FrameToken[], q: number, lo: number): Speaker | null {
  // "Reyes’s “ghost libraries” remark": the quote stands between the possessive and its speech noun.
  const owner = tokens[q - 1]
  if (owner?.kind === 'word' && q - 1 >= lo && tokens[q + 1]?.kind === 'word' && speechNouns.has(tokens[q + 1]!.lower) && (owner.possessive || possessivePronouns.has(owner.lower))) {
    return ownerSpeaker(context, tokens, q - 1, lo)
  }
  for (let k = q - 1; k >= Math.max(lo, q - 10); k--) {
    const t = tokens[k]!
    if (t.kind === 'quote' || t.kind === 'end') return null
    // "describing Okafor's remarks as “not neighbourly”": the quote describes the words, it is not them.
    if (t.lower === 'as') return null
    if (t.kind !== 'word' || t.cap || !speechNouns.has(t.lower)) continue
    // Back over up to three modifiers ("his repeated, angry calls") to the possessive.
    let p = k - 1
    while (p >= lo && p > k - 4 && tokens[p]!.kind === 'word' && !tokens[p]!.possessive && !possessivePronouns.has(tokens[p]!.lower) && !tokens[p]!.cap && !phraseBreakers.has(tokens[p]!.lower)) p--
    return p < lo ? null : ownerSpeaker(context, tokens, p, lo)
  }
  return null
}

/** The speaker a possessive at `p` names: a possessive pronoun, resolved, or the whole name before "’s". */
function ownerSpeaker(context: SpeakerContext, tokens: readonly FrameToken[], p: number, lo: number): Speaker | null {
  const owner = tokens[p]
  if (!owner || owner.kind !== 'word') return null
  const pronoun = possessivePronouns.get(owner.lower)
  if (pronoun) {
    const speaker = resolveSpeaker(context, {from: p, to: p, start: owner.start, end: owner.end, pronoun: true, appositive: false})
    return speaker && speaker.entity !== null ? speaker : null
  }
  if (!owner.possessive || !owner.cap) return null
  // The whole name before the possessive ("Dana Okafor's").
  let from = p
  while (from - 1 >= lo && tokens[from - 1]!.kind === 'word' && tokens[from - 1]!.cap && !tokens[from - 1]!.possessive) from--
  const speaker = resolveSpeaker(context, {from, to: p, start: tokens[from]!.start, end: owner.end, pronoun: false, appositive: false, possessor: true})
  return speaker && speaker.entity !== null ? speaker : null
}

/** Words that tie a speech noun to the quote it owns ("claim that", "assertion of a", "call for"). */
const ownerLinks = new Set(['that', 'of', 'for', 'to', ':'])

/**
 * Whether a possessor's speech noun stands between a reporting verb (starting at
 * `cue`) and the quote, tied to the quote by "that", "of", "for" or "to": "blamed
 * the press for Reyes’s claim that the board “emptied the shelves”", "called
 * Reyes’s assertion of a “reading fund” unworkable". The quote is then the possessor's,
 * not the verb's subject's. "Reyes said Adler’s answers were “evasive”" is not
 * so: a verb, not a link, follows the noun.
 */
export function ownedAfterCue(tokens: readonly FrameToken[], q: number, lo: number, cue: number): boolean {
  if (tokens[q - 1]?.kind === 'word' && speechNouns.has(tokens[q + 1]?.lower ?? '') && (tokens[q - 1]!.possessive || possessivePronouns.has(tokens[q - 1]!.lower))) return tokens[q - 1]!.start > cue
  for (let k = q - 1; k >= Math.max(lo, q - 10); k--) {
    const t = tokens[k]!
    if (t.start <= cue || t.kind === 'quote' || t.kind === 'end' || t.lower === 'as') return false
    if (t.kind !== 'word' || t.cap || !speechNouns.has(t.lower) || !ownerLinks.has(tokens[k + 1]?.lower ?? '')) continue
    const before = tokens[k - 1]
    return before !== undefined && before.start > cue && before.kind === 'word' && (before.possessive || possessivePronouns.has(before.lower))
  }
  return false
}
