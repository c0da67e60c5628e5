import type {FrameToken} from './frame.js'
import {reportingVerbs} from './reporting-verbs.js'

// "said to reporters that P", "wrote to the board", "“…,” she said of the plan": after
// a verb of saying, a "to" phrase names who heard it and an "of" phrase what it was
// about; neither is what was said.

/**
 * Lemmas whose "to" phrase is the hearer (the recipient frames of VerbNet say-37.7,
 * manner_speaking-37.3, complain-37.8 and transfer_mesg), not the content. Verbs
 * whose "to" opens the content ("pledged to run", "responded to the ruling",
 * "admitted to lying", "pointed to the record") are not here. "add" is: its "to"
 * is a hearer or a sum ("adding to her lead"), never what was said.
 */
const hearerTo: ReadonlySet<string> = new Set([
  'say', 'write', 'explain', 'announce', 'declare', 'complain', 'boast', 'brag', 'confide', 'confess',
  'acknowledge', 'concede', 'confirm', 'deny', 'mention', 'reveal', 'disclose', 'repeat', 'reiterate',
  'remark', 'suggest', 'insist', 'whisper', 'shout', 'yell', 'scream', 'mutter', 'grumble', 'gripe',
  'lament', 'tweet', 'post', 'recount', 'signal', 'indicate', 'predict', 'note', 'joke', 'quip', 'muse',
  'proclaim', 'add'
])

/** Lemmas whose "of" phrase is the topic ("said of the plan", "wrote of the gift"), not the content. */
const topicOf: ReadonlySet<string> = new Set([
  'say', 'write', 'add', 'declare', 'recall', 'remark', 'explain', 'note', 'observe', 'muse', 'quip', 'joke',
  'exclaim', 'tweet', 'post', 'concede', 'insist', 'predict', 'reply', 'gush', 'rave', 'acknowledge',
  'confide', 'mutter', 'grumble', 'lament', 'proclaim', 'repeat', 'reiterate'
])

/** Words that open the content after the hearer or topic ("explained to CBS why …"). */
const contentOpeners: ReadonlySet<string> = new Set(['that', 'why', 'how', 'whether', 'what', 'if'])

/** The most tokens a hearer or topic phrase spans before its content ("to a crowd of about 500 in Marle that"). */
const phraseReach = 10

/**
 * Where the content starts when a hearer ("to reporters") or a topic ("of the
 * plan") follows the verb at `c - 1`: at the "that" or question word after the
 * phrase ("said to reporters that P"), after an "about" ("complained to the
 * council about X"); past `hi` when none follows, since the verb
 * then reports nothing after it ("“…,” she said to cheers"). Otherwise `c`.
 */
export function pastHearer(tokens: readonly FrameToken[], c: number, lemma: string, hi: number): number {
  const t = tokens[c]
  if (t?.kind !== 'word' || !((t.lower === 'to' && hearerTo.has(lemma)) || (t.lower === 'of' && topicOf.has(lemma)))) return c
  for (let k = c + 1; k <= Math.min(hi, c + phraseReach); k++) {
    const w = tokens[k]!
    if (w.kind !== 'word') {
      if (w.text === ',') continue
      break
    }
    if (contentOpeners.has(w.lower) && !w.cap) return k
    // "complained to the council about the fares": what the complaint was about.
    if (w.lower === 'about' && k + 1 <= hi) return k + 1
    if (!w.cap && reportingVerbs.has(w.lower)) break
  }
  return hi + 1
}
