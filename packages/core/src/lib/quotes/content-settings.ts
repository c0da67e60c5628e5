import type {FrameToken} from './frame.js'
import {phraseBreakers, timeWords} from './function-words.js'
import {isWord} from './phrase-words.js'
import {calendarWords} from '../story/event-words.js'

// Where reported content gives way to the setting of the report: the occasion
// ("at a rally", "in an interview") or the medium ("on Twitter").

/** Occasions and media at which something is said (general English). */
const occasions: ReadonlySet<string> = new Set([
  'interview', 'interviews', 'rally', 'rallies', 'speech', 'speeches', 'address', 'remarks', 'statement', 'statements',
  'debate', 'debates', 'conference', 'briefing', 'hearing', 'forum', 'appearance', 'appearances', 'meeting',
  'event', 'events', 'gathering', 'summit', 'convention', 'luncheon', 'dinner', 'breakfast', 'fundraiser',
  'session', 'town', 'hall', 'tweet', 'tweets', 'post', 'posts', 'video', 'broadcast', 'podcast', 'program',
  'programme', 'show', 'episode', 'op-ed', 'column', 'letter', 'email', 'e-mail', 'memo', 'testimony', 'stop',
  'visit', 'ceremony', 'campaign'
])

/** Platforms and media named after "on" ("on Twitter", "on television"). */
const media: ReadonlySet<string> = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'television', 'tv', 'radio', 'air'])

/** Words that open a phrase naming an occasion ("a", "his", "this"). */
const occasionOpeners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'last', 'another'])

/** Words after an occasion's noun that make it the topic, not the setting ("a hearing on …", "a speech about …"). */
const topicLinks: ReadonlySet<string> = new Set(['of', 'to', 'for', 'that', 'about'])

/** Most words between an occasion's opener and its noun ("a packed town hall"). */
const occasionWords = 4

/**
 * Whether the preposition at `k` opens the setting of the report rather than more
 * of its content: "… at a news conference", "… in an interview", "… during a
 * campaign stop", "… on Twitter".
 */
export function settingAt(tokens: readonly FrameToken[], k: number): boolean {
  const t = tokens[k]
  const next = tokens[k + 1]
  if (!isWord(t) || !isWord(next) || !['in', 'at', 'on', 'during'].includes(t.lower)) return false
  if (t.lower === 'on' && media.has(next.lower)) return true
  if (!occasionOpeners.has(next.lower)) return false
  // The phrase's head, its last word before a preposition, a time or a mark, names the occasion.
  let head = k + 1
  for (let j = k + 2; j <= k + 1 + occasionWords; j++) {
    const w = tokens[j]
    if (!isWord(w) || phraseBreakers.has(w.lower) || timeWords.has(w.lower) || calendarWords.has(w.lower)) break
    head = j
  }
  const w = tokens[head]!
  return head > k + 1 && occasions.has(w.lower) && !w.cap && !topicLinks.has(tokens[head + 1]?.lower ?? '')
}
