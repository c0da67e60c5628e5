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
  for (let k = q - 1; k >= Math.max(lo, q - 10); k--) {
    const t = tokens[k]!
    if (t.kind === 'quote' || t.kind === 'end') return null
    // "describing Okafor's remarks as “not neighbourly”": the quote describes the words, it is not them.
    if (t.lower === 'as') return null
    if (t.kind !== 'word' || t.cap || !speechNouns.has(t.lower)) continue
    // Back over up to three modifiers ("his repeated, angry calls") to the possessive.
    let p = k - 1
    while (p >= lo && p > k - 4 && tokens[p]!.kind === 'word' && !tokens[p]!.possessive && !possessivePronouns.has(tokens[p]!.lower) && !tokens[p]!.cap && !phraseBreakers.has(tokens[p]!.lower)) p--
    const owner = tokens[p]
    if (!owner || p < lo || owner.kind !== 'word') return null
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
  return null
}
