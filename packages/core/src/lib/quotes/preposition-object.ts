import type {FrameToken} from './frame.js'
import {determiners, passiveMarkers, phraseBreakers} from './function-words.js'
import {lazyMap} from '../lazy-table.js'
import {subjectBefore} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'
import {verbTable} from './verb-table.js'

/**
 * Verbs whose object after a preposition is what their subject talked about,
 * backed or attacked ("Okafor talked about the dam", "most residents would vote
 * for Reyes", "Lund railed against the tax"), with the prepositions each takes.
 * Drawn from the prepositional frames of VerbNet 3.x classes (Kipper Schuler et
 * al.): talk-37.5 and chit_chat-37.6 (about), lecture-37.11 (about, on),
 * complain-37.8 (about), correspond-36.1 (agree, side with), battle-36.4 (argue
 * for/against), plus the advocacy senses of "push", "advocate" and "lash out at",
 * and the "V on/at/to/for n" speech verbs of the COBUILD Grammar Patterns (insist on,
 * hint at, allude to, object to, apologize for).
 * (Worry, care, think, campaign, fight, vote and focus took several objects that
 * report nothing for each one that does, on PolNeAR train; so did "open to".)
 */
const verbPrepositions: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['talk', ['about']], ['chat', ['about']], ['joke', ['about']], ['boast', ['about']], ['brag', ['about']],
  ['tweet', ['about']], ['write|wrote,written', ['about']], ['testify', ['about']], ['lecture', ['about', 'on']],
  ['comment', ['on']], ['reflect', ['on']], ['elaborate', ['on']], ['complain', ['about']], ['agree', ['with']],
  ['disagree', ['with']], ['side', ['with']], ['argue', ['for', 'against']], ['push', ['for']], ['advocate', ['for']], ['rail', ['against']],
  ['warn', ['about', 'against']], ['rant', ['about', 'against']], ['lash', []],
  ['insist', ['on']], ['hint', ['at']], ['allude', ['to']], ['object', ['to']], ['apologize', ['for']], ['apologise', ['for']]
]

/** Surface form → prepositions, for every form of every verb above. */
const verbForms: ReadonlyMap<string, readonly string[]> = lazyMap(() => {
  const table = new Map<string, readonly string[]>()
  for (const [entry, prepositions] of verbPrepositions) {
    for (const form of verbTable([entry], {keepEe: true}).keys()) table.set(form, prepositions)
  }
  // "chatting": a form the table's rules do not make.
  table.set('chatting', ['about'])
  return table
})

/**
 * Adjectives of stance whose object after a preposition is what their subject
 * thinks of ("Lund is critical of the plan", "voters remain wary of Reyes"), after
 * the "ADJ of n" and "ADJ about n" patterns of the COBUILD Grammar Patterns
 * (Francis, Hunston and Manning, 1998).
 */
const adjectivePrepositions = new Map<string, readonly string[]>([
  ['critical', ['of']], ['supportive', ['of']], ['skeptical', ['of', 'about']], ['sceptical', ['of', 'about']],
  ['wary', ['of']], ['suspicious', ['of']], ['dismissive', ['of']], ['contemptuous', ['of']],
  ['confident', ['about', 'in', 'of']], ['optimistic', ['about']], ['pessimistic', ['about']],
  ['upbeat', ['about']], ['worried', ['about']], ['concerned', ['about']], ['nervous', ['about']],
  ['anxious', ['about']], ['enthusiastic', ['about']], ['excited', ['about']], ['angry', ['about', 'at', 'with']],
  ['furious', ['about', 'at', 'with']], ['frustrated', ['with', 'by']], ['unhappy', ['with', 'about']],
  ['happy', ['with', 'about']], ['disappointed', ['in', 'with', 'by']], ['comfortable', ['with']],
  ['uncomfortable', ['with']], ['opposed', ['to']], ['hostile', ['to']], ['proud', ['of']],
  ['tired', ['of']], ['afraid', ['of']], ['fearful', ['of']], ['convinced', ['of']], ['sure', ['of', 'about']],
  ['certain', ['of', 'about']], ['adamant', ['about']], ['vocal', ['about']], ['clear', ['about']]
])

/** Words that link a subject to an adjective ("is wary of", "remained critical of"). */
const linkingVerbs = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'grew', 'become', 'became', 'becomes', 'stay', 'stayed', 'sounded'])

/** Degree words between a linking verb and its adjective ("is deeply wary of"). */
const degree = new Set(['very', 'deeply', 'highly', 'increasingly', 'sharply', 'openly', 'more', 'less', 'so', 'too', 'quite', 'fairly', 'extremely', 'strongly', 'especially', 'particularly', 'not', 'also', 'still', 'publicly', 'privately', 'equally', 'always', 'never', 'far', 'much'])

/** Every preposition (and the particle "out") the tables above take. */
const linkWords = new Set(['about', 'of', 'on', 'with', 'for', 'against', 'at', 'in', 'to', 'by', 'out'])

/** Words an object begins with that make it no content worth a quote ("talked about it"). */
const emptyObjects = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'me', 'us', 'you', 'what', 'how', 'whether'])

/** Words before a bare form that make it a verb ("would vote", "to focus", "they agree"). */
const bareOpeners = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'can', 'must', 'to', 'not', 'did', 'do', 'does', 'they', 'we', 'i', 'you', 'also', 'often', 'never', 'still'])

/** Words before an -ing form that make it a verb of its subject ("was talking about", "by focusing on"). */
const ingOpeners = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'am', 'also', 'still', 'by', 'while', 'after', 'before', 'when', 'since'])

/**
 * Whether the form reads as a verb here: a bare form ("vote", "focus") is a noun
 * unless a modal, "to" or a pronoun stands before it; an -s form ("votes",
 * "tweets") unless a name or a singular pronoun does; an -ing form after its noun
 * describes the noun ("a video talking about").
 */
function verbReading(t: FrameToken, before: FrameToken): boolean {
  if (before.kind !== 'word') return false
  if (/ing$/.test(t.lower)) return ingOpeners.has(before.lower)
  if (/ed$/.test(t.lower) || ['wrote', 'written'].includes(t.lower)) return true
  if (/s$/.test(t.lower)) return before.cap || ['he', 'she', 'it', 'also', 'often', 'now', 'still', 'who'].includes(before.lower) || /ly$/.test(before.lower)
  return bareOpeners.has(before.lower) || /ly$/.test(before.lower) || /n[’']t$/.test(before.lower)
}

/**
 * "Okafor talked about the dam", "Lund is critical of the plan": a verb or an
 * adjective of stance and its preposition at token `v`; the content is the noun
 * phrase after the preposition, the source the subject before the verb.
 */
export function prepositionClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (t.cap) return null
  const link = tokens[v + 1]
  // Most words are followed by no preposition: a plain set answers before the tables do.
  if (!link || link.kind !== 'word' || !linkWords.has(link.lower)) return null
  let subjectAt = v
  const verb = verbForms.get(t.lower)
  let preposition = v + 1
  if (verb) {
    // "lashed out at", "spoke out against": a particle before the preposition.
    if (link.lower === 'out' && tokens[v + 2]?.kind === 'word' && ['at', 'against', 'about', 'on'].includes(tokens[v + 2]!.lower)) preposition = v + 2
    else if (!verb.includes(link.lower)) return null
    const before = tokens[v - 1]
    // "the vote for Reyes", "his talk about the dam": a noun after a determiner or a
    // possessive; "was warned about": a passive's subject is who heard it.
    if (!before || (before.kind === 'word' && (before.possessive || determiners.has(before.lower) || (passiveMarkers.has(before.lower) && /ed$/.test(t.lower))))) return null
    if (!verbReading(t, before)) return null
  } else {
    const takes = adjectivePrepositions.get(t.lower)
    if (!takes || !takes.includes(link.lower)) return null
    let k = v - 1
    while (k >= lo && tokens[k]!.kind === 'word' && degree.has(tokens[k]!.lower)) k--
    if (k < lo || tokens[k]!.kind !== 'word' || !linkingVerbs.has(tokens[k]!.lower)) return null
    subjectAt = k
  }
  const from = preposition + 1
  const first = tokens[from]
  if (!first || first.kind !== 'word' || from > hi || emptyObjects.has(first.lower)) return null
  const phrase = subjectBefore(tokens, subjectAt, lo)
  if (!phrase) return null
  let end = contentEnd(tokens, from, hi, 'object')
  // "voted for the plan on Monday": the cut at a time word leaves its preposition behind.
  // "would vote for Reyes for mayor": a name's phrase ends at the preposition after it.
  for (let k = from + 1; k <= end; k++) if (tokens[k]!.kind === 'word' && ['for', 'in', 'on', 'at'].includes(tokens[k]!.lower) && tokens[k - 1]!.cap) end = k - 1
  while (end > from && (tokens[end]!.kind !== 'word' || phraseBreakers.has(tokens[end]!.lower))) end--
  if (end < from) return null
  return {phrase, cue: {start: t.start, end: tokens[preposition]!.end, type: 'verb'}, place: 'before', content: [from, end], lemma: null}
}
