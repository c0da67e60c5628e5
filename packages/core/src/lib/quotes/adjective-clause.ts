import type {FrameToken} from './frame.js'
import {subjectBefore} from './noun-phrase.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'

/**
 * Adjectives of certainty, awareness and feeling that take a "that" clause about
 * what their subject holds true ("Okafor is confident that the vote will pass").
 * Drawn from the lexical units of the FrameNet frames Certainty, Awareness and
 * Emotion_directed that license a finite complement.
 */
const stanceAdjectives: ReadonlySet<string> = new Set([
  // Certainty
  'sure', 'certain', 'confident', 'convinced', 'positive', 'doubtful', 'skeptical', 'sceptical', 'uncertain', 'unsure',
  // Awareness
  'aware', 'unaware', 'conscious', 'mindful',
  // Emotion_directed
  'hopeful', 'optimistic', 'pessimistic', 'worried', 'concerned', 'afraid', 'fearful', 'glad', 'happy', 'pleased',
  'proud', 'angry', 'upset', 'disappointed', 'frustrated', 'surprised', 'relieved', 'sorry', 'thankful', 'grateful', 'adamant', 'insistent'
])

/** Linking verbs before the adjective ("is", "seemed", "grew"). */
const linking: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'grew', 'became', 'feel', 'feels', 'felt', 'sounded'])

/** Adverbs between the linking verb and the adjective ("is not entirely convinced"). */
const degree: ReadonlySet<string> = new Set(['not', 'never', 'also', 'still', 'now', 'very', 'quite', 'so', 'too', 'more', 'most', 'less', 'increasingly', 'entirely', 'fully', 'completely', 'absolutely', 'deeply', 'highly', 'fairly', 'reasonably', 'clearly', 'well', 'keenly', 'acutely', 'privately', 'publicly', 'always', 'really', 'n’t', "n't"])

/**
 * "Okafor is confident that P", "her aides were not convinced that P": the subject
 * of a linking verb and a stance adjective holds what the "that" clause says.
 */
export function adjectiveClause(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  if (!stanceAdjectives.has(t.lower) || t.cap || tokens[v + 1]?.lower !== 'that') return null
  let k = v - 1
  while (k > lo && degree.has(tokens[k]!.lower)) k--
  if (k <= lo || !linking.has(tokens[k]!.lower)) return null
  const phrase = subjectBefore(tokens, k, lo)
  if (!phrase || tokens[phrase.from]!.lower === 'it') return null
  const from = v + 2
  if (from > hi || tokens[from]!.kind !== 'word') return null
  const end = contentEnd(tokens, from, hi, 'clause')
  return end >= from ? {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content: [from, end], lemma: null} : null
}
